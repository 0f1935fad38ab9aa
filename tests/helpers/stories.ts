import { DateTime } from 'luxon'
import SuccessStory from '#models/success_story'

/**
 * A published success story, its subject's consent recorded: a returnee from Vienna who
 * opened a lab in Niš, told in English and Serbian.
 */
export function publishedStory(fields: { slug: string; personName: string; photoPath?: string }) {
  return SuccessStory.create({
    titleEn: 'Back in Niš',
    titleSr: 'Ponovo u Nišu',
    bodyEn: 'She came back from Vienna and opened a lab.',
    bodySr: 'Vratila se iz Beča i otvorila laboratoriju.',
    status: 'published',
    consentRecordedAt: DateTime.now(),
    publishedAt: DateTime.now(),
    ...fields,
  })
}
