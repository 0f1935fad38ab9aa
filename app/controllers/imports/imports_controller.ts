import type { HttpContext } from '@adonisjs/core/http'
import ListImports from '#actions/imports/list_imports'
import FindImport from '#actions/imports/find_import'
import StartImport from '#actions/imports/start_import'
import SaveImportMapping from '#actions/imports/save_import_mapping'
import CommitImport from '#actions/imports/commit_import'
import BuildImportTemplate from '#actions/imports/build_import_template'
import { importDefinitions } from '#actions/imports/import_definitions'
import ImportTransformer from '#transformers/import_transformer'
import {
  importMappingValidator,
  importTemplateValidator,
  importUploadValidator,
} from '#validators/import'

/**
 * Spreadsheet imports for partners (their organisation's listings) and staff (listings for
 * any organisation, and CRM contacts): upload → map columns → preview (checked by the job)
 * → commit (all or nothing, by the job). The same pages under /partner and /staff.
 */
export default class ImportsController {
  async index({ inertia, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    const { imports, organisations } = await new ListImports().handle({ user })
    return inertia.render('imports/index', {
      basePath: basePath(user.role),
      imports: ImportTransformer.transform(imports),
      organisations: organisations.map(({ id, name }) => ({ id, name })),
    })
  }

  async store({ request, auth, response, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { file, kind, organisationId } = await request.validateUsing(importUploadValidator)
    const run = await new StartImport().handle({
      actor: user,
      kind,
      organisationId,
      file,
      messages: {
        unreadable: i18n.t('imports.errors.unreadable'),
        empty: i18n.t('imports.errors.empty'),
        tooMany: i18n.t('imports.errors.too_many'),
        organisationRequired: i18n.t('imports.errors.organisation_required'),
      },
    })
    return response.redirect(`${basePath(user.role)}/${run.id}`)
  }

  async show({ params, inertia, auth, bouncer }: HttpContext) {
    const run = await new FindImport().handle(params.id)
    await bouncer.with('ImportPolicy').authorize('manage', run)
    return inertia.render('imports/show', {
      basePath: basePath(auth.getUserOrFail().role),
      importRun: ImportTransformer.transform(run).useVariant('forDetail'),
      fields: importDefinitions[run.kind].fields.map(({ key, required }) => ({ key, required })),
    })
  }

  /** What the page polls while the job works. */
  async progress({ params, bouncer, serialize }: HttpContext) {
    const run = await new FindImport().handle(params.id)
    await bouncer.with('ImportPolicy').authorize('manage', run)
    return serialize(ImportTransformer.transform(run))
  }

  async mapping({ params, request, bouncer, response, auth, i18n }: HttpContext) {
    const run = await new FindImport().handle(params.id)
    await bouncer.with('ImportPolicy').authorize('manage', run)
    const { mapping } = await request.validateUsing(importMappingValidator)
    await new SaveImportMapping().handle({
      run,
      mapping,
      messages: {
        required: i18n.t('imports.errors.column_required'),
        busy: i18n.t('imports.errors.busy'),
      },
    })
    return response.redirect(`${basePath(auth.getUserOrFail().role)}/${run.id}`)
  }

  async commit({ params, bouncer, response, auth, i18n }: HttpContext) {
    const run = await new FindImport().handle(params.id)
    await bouncer.with('ImportPolicy').authorize('manage', run)
    await new CommitImport().handle({ run, notReady: i18n.t('imports.errors.not_ready') })
    return response.redirect(`${basePath(auth.getUserOrFail().role)}/${run.id}`)
  }

  async template({ request, response }: HttpContext) {
    const { kind, format = 'xlsx' } = await request.validateUsing(importTemplateValidator, {
      data: request.qs(),
    })
    const file = await new BuildImportTemplate().handle({ kind, format })
    response.header(
      'content-type',
      format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    response.attachment(`most-${kind}-template.${format}`)
    return response.send(file)
  }
}

function basePath(role: string) {
  return role === 'partner' ? '/partner/imports' : '/staff/imports'
}
