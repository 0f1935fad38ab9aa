import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Contact from '#models/contact'
import SubmitInquiry from '#actions/deals/contacts/submit_inquiry'

const questions = [
  {
    fullName: 'Nevena Đorđević',
    email: 'nevena.djordjevic@example.de',
    placeOfBirth: 'Niš',
    placeOfResidence: 'Stuttgart',
    education: 'Master of Science',
    university: 'University of Niš',
    department: 'Faculty of Electronic Engineering',
    currentJob: 'Embedded software engineer',
    company: 'Bosch',
    question:
      'I would like to move back to Niš next year. Which IT companies hire remotely-experienced engineers, and is there support for returnees?',
    locale: 'en' as const,
  },
  {
    fullName: 'Stefan Milošević',
    email: 'stefan.milosevic@example.at',
    placeOfBirth: 'Aleksinac',
    placeOfResidence: 'Beč',
    education: 'Fakultet',
    university: 'Univerzitet u Beogradu',
    department: 'Ekonomski fakultet',
    currentJob: 'Finansijski analitičar',
    company: 'Erste Group',
    question:
      'Kako da otvorim firmu u Nišu dok još živim u Austriji? Da li postoje subvencije za povratnike?',
    locale: 'sr-Latn' as const,
  },
  {
    fullName: 'Јована Петровић',
    email: 'jovana.petrovic@example.ch',
    placeOfBirth: 'Ниш',
    placeOfResidence: 'Цирих',
    question: 'Занима ме како да пријавим децу у школу у Нишу после повратка из Швајцарске.',
    locale: 'sr-Cyrl' as const,
  },
]

/** A few questions from the public inquiry form, so the CRM shows inquirers and their deals. */
export default class DemoInquiriesSeeder extends BaseSeeder {
  async run() {
    for (const data of questions) {
      if (await Contact.byEmail(data.email).first()) continue
      await new SubmitInquiry().handle({ data: { ...data, consent: true } })
    }
  }
}
