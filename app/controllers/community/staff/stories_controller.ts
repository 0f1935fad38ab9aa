import type { HttpContext } from '@adonisjs/core/http'
import FindStory from '#actions/community/stories/find_story'
import ListStories from '#actions/community/stories/list_stories'
import SaveStory from '#actions/community/stories/save_story'
import PublishStory from '#actions/community/stories/publish_story'
import UnpublishStory from '#actions/community/stories/unpublish_story'
import DeleteStory from '#actions/community/stories/delete_story'
import DraftStoryFromDeal from '#actions/community/stories/draft_story_from_deal'
import SuccessStoryTransformer from '#transformers/success_story_transformer'
import ReferenceData from '#services/reference_data'
import { storyDraftSourceValidator, successStoryValidator } from '#validators/success_story'
import { fieldError } from '#exceptions/field_error'

/** Staff write, publish and take down success stories. */
export default class StoriesController {
  async index({ inertia, bouncer }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    const stories = await new ListStories().handle()
    return inertia.render('community/stories/staff/index', {
      stories: SuccessStoryTransformer.transform(stories).useVariant('forStaff'),
    })
  }

  async create({ request, inertia, bouncer }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    const [, source] = await storyDraftSourceValidator.tryValidate(request.qs())
    const draft = source?.deal
      ? await new DraftStoryFromDeal().handle({ dealId: source.deal })
      : null
    return inertia.render('community/stories/staff/form', {
      draft,
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async store({ request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    const data = await request.validateUsing(successStoryValidator)
    const story = await new SaveStory().handle({ actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('community.stories.crm.saved'))
    return response.redirect().toPath(`/crm/stories/${story.id}/edit`)
  }

  async edit({ params, inertia, bouncer }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    const story = await new FindStory().handle(
      { id: params.id },
      { preload: ['municipality', 'opportunity', 'consentRecordedBy'] }
    )
    return inertia.render('community/stories/staff/form', {
      story: SuccessStoryTransformer.transform(story).useVariant('forStaff'),
      municipalities: await ReferenceData.municipalities(),
    })
  }

  async update({ params, request, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    const story = await new FindStory().handle({ id: params.id })
    const data = await request.validateUsing(successStoryValidator)
    await new SaveStory().handle({ story, actor: auth.getUserOrFail(), data })
    session.flash('success', i18n.t('community.stories.crm.saved'))
    return response.redirect().back()
  }

  async publish({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    const story = await new FindStory().handle({ id: params.id })
    const outcome = await new PublishStory().handle({ story, actor: auth.getUserOrFail() })
    if (outcome === 'consent_missing') {
      throw fieldError('consentGiven', i18n.t('community.stories.crm.consent_required'), 'consent')
    }
    session.flash('success', i18n.t('community.stories.crm.published'))
    return response.redirect().back()
  }

  async unpublish({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    await new UnpublishStory().handle({
      story: await new FindStory().handle({ id: params.id }),
      actor: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('community.stories.crm.unpublished'))
    return response.redirect().back()
  }

  async destroy({ params, auth, bouncer, response, session, i18n }: HttpContext) {
    await bouncer.with('SuccessStoryPolicy').authorize('manage')
    await new DeleteStory().handle({
      story: await new FindStory().handle({ id: params.id }),
      actor: auth.getUserOrFail(),
    })
    session.flash('success', i18n.t('community.stories.crm.deleted'))
    return response.redirect().toPath('/crm/stories')
  }
}
