import { test } from '@japa/runner'
import testUtils from '@adonisjs/core/services/test_utils'
import Sector from '#models/sector'
import ScoreMatches from '#actions/investors/matching/score_matches'
import { explainMatch } from '#services/match_explanation'
import { UserFactory, createPartner } from '#database/factories/user_factory'
import { createOpportunity } from '#database/factories/opportunity_factory'
import { createInvestorProfile } from '#tests/helpers/matching'

/**
 * Vladimir: born in Niš, lives in Munich, wants ICT, likes Kragujevac, speaks English,
 * invests 100,000–500,000 EUR.
 */
async function vladimir() {
  const user = await UserFactory.merge({ fullName: 'Vladimir Petrović' }).create()
  await createInvestorProfile(user, {
    placeOfBirth: 'Niš, Serbia',
    sectors: ['ict'],
    municipalities: ['kragujevac'],
    languages: ['en', 'de'],
    ticketMinEur: 100_000,
    ticketMaxEur: 500_000,
  })
  return user
}

async function listings() {
  const { organisation } = await createPartner()
  return {
    // ICT in his home town, ticket and language fit: 35 + 20 + 15 + 10.
    nisIct: await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['ict'],
      publishedDaysAgo: 2,
    }),
    // The same score, published earlier: after it.
    nisIctOlder: await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['ict'],
      publishedDaysAgo: 20,
    }),
    // His chosen municipality, another sector: 20 + 15 + 10.
    kragujevac: await createOpportunity(organisation, {
      municipality: 'kragujevac',
      sectors: ['manufacturing'],
      publishedDaysAgo: 1,
    }),
    // Nothing fits: Serbian only, too big a ticket, another place and sector.
    noviSad: await createOpportunity(organisation, {
      municipality: 'novi-sad',
      sectors: ['tourism'],
      titleEn: null,
      titleSr: 'Hotel na Dunavu',
      minTicketEur: 2_000_000,
      totalSizeEur: 5_000_000,
    }),
    // A draft never counts.
    draft: await createOpportunity(organisation, {
      municipality: 'nis',
      sectors: ['ict'],
      status: 'draft',
    }),
  }
}

test.group('Match score', (group) => {
  group.each.setup(() => testUtils.db().withGlobalTransaction())

  test('ranks published listings by score, freshest first among equals', async ({ assert }) => {
    const investor = await vladimir()
    const { nisIct, nisIctOlder, kragujevac } = await listings()

    const matches = await new ScoreMatches().forInvestor(investor.id, { limit: 10 })
    assert.deepEqual(
      matches.map((match) => [match.opportunityId, match.score]),
      [
        [nisIct.id, 80],
        [nisIctOlder.id, 80],
        [kragujevac.id, 45],
      ]
    )
    const sector = await Sector.findByOrFail('slug', 'ict')
    assert.deepInclude(matches[0], {
      sectorIds: [sector.id],
      place: null,
      homeTown: true,
      ticket: true,
      languages: ['en'],
    })
    assert.equal(matches[2].place, 'municipality')
  })

  test('listings matching only on ticket and language fill the list when the strong ones are too few', async ({
    assert,
  }) => {
    const investor = await UserFactory.create()
    await createInvestorProfile(investor, {
      sectors: ['ict'],
      languages: ['en'],
      ticketMaxEur: 500_000,
    })
    const { organisation } = await createPartner()
    const ict = await createOpportunity(organisation, { sectors: ['ict'], publishedDaysAgo: 5 })
    // Newer, but only ticket and language fit: 25 points.
    const other = await createOpportunity(organisation, {
      sectors: ['tourism'],
      municipality: 'novi-sad',
      publishedDaysAgo: 1,
    })
    const scoring = new ScoreMatches()
    const one = await scoring.forInvestor(investor.id, { limit: 1 })
    assert.deepEqual(
      one.map((match) => [match.opportunityId, match.score]),
      [[ict.id, 60]]
    )
    const five = await scoring.forInvestor(investor.id, { limit: 5 })
    assert.deepEqual(
      five.map((match) => [match.opportunityId, match.score]),
      [
        [ict.id, 60],
        [other.id, 25],
      ]
    )
  })

  test('a listing in the district of a chosen municipality scores less than in the municipality itself', async ({
    assert,
  }) => {
    const investor = await UserFactory.create()
    await createInvestorProfile(investor, { municipalities: ['nis'] })
    const { organisation } = await createPartner()
    const inNis = await createOpportunity(organisation, { municipality: 'nis' })
    // Aleksinac is in the Nišava district too.
    const inDistrict = await createOpportunity(organisation, { municipality: 'aleksinac' })

    const matches = await new ScoreMatches().forInvestor(investor.id)
    assert.equal(matches[0].opportunityId, inNis.id)
    assert.equal(matches[0].score, 20)
    assert.deepInclude(matches[1], { opportunityId: inDistrict.id, score: 10, place: 'district' })
    assert.include(await explainMatch(matches[1], 'sr-Cyrl'), 'ваш округ Нишавски округ')
  })

  test('home town matches whatever the script or accents of the place of birth', async ({
    assert,
  }) => {
    const { organisation } = await createPartner()
    const listing = await createOpportunity(organisation, { municipality: 'nis' })
    const scores: number[] = []
    for (const placeOfBirth of ['Ниш', 'nis', 'NIŠ, Srbija', 'Novi Sad']) {
      const investor = await UserFactory.create()
      await createInvestorProfile(investor, { placeOfBirth })
      const [match] = await new ScoreMatches().handle({
        userIds: [investor.id],
        opportunityIds: [listing.id],
        minScore: 0,
      })
      scores.push(match.score)
    }
    assert.deepEqual(scores, [20, 20, 20, 0])
  })

  test('the explanation names the reasons in English, Latin and Cyrillic Serbian', async ({
    assert,
  }) => {
    const investor = await vladimir()
    const { nisIct, kragujevac } = await listings()
    const [best] = await new ScoreMatches().forInvestor(investor.id, {
      opportunityIds: [nisIct.id],
    })
    assert.equal(
      await explainMatch(best, 'en'),
      'Matches your sector Information & communication technology, your home town Niš, your ticket size, and a language you speak (English)'
    )
    assert.equal(
      await explainMatch(best, 'sr-Latn'),
      'Odgovara vama: vaš sektor Informaciono-komunikacione tehnologije, vaš rodni grad Niš, vaš iznos ulaganja i jezik koji govorite (engleski)'
    )
    assert.equal(
      await explainMatch(best, 'sr-Cyrl'),
      'Одговара вама: ваш сектор Информационо-комуникационе технологије, ваш родни град Ниш, ваш износ улагања и језик који говорите (енглески)'
    )
    const [other] = await new ScoreMatches().forInvestor(investor.id, {
      opportunityIds: [kragujevac.id],
    })
    assert.include(await explainMatch(other, 'en'), 'your municipality Kragujevac')
  })

  test('the dashboard recommends the best listings with their reasons', async ({
    client,
    assert,
  }) => {
    const investor = await vladimir()
    const { nisIct, nisIctOlder, kragujevac } = await listings()
    const response = await client.get('/dashboard').loginAs(investor).withInertia()
    response.assertStatus(200)
    const props = response.inertiaProps as {
      recommended: { id: number }[]
      matches: Record<number, { score: number; explanation: string }>
    }
    assert.deepEqual(
      props.recommended.map((listing) => listing.id),
      [nisIct.id, nisIctOlder.id, kragujevac.id]
    )
    assert.equal(props.matches[nisIct.id].score, 80)
    assert.include(props.matches[nisIct.id].explanation, 'your home town Niš')
  })

  test('browse cards and the listing page show the match to an investor only', async ({
    client,
    assert,
  }) => {
    const investor = await vladimir()
    const { nisIct, noviSad } = await listings()
    const browse = await client.get('/opportunities').loginAs(investor).withInertia()
    const matches = (browse.inertiaProps as { matches: Record<number, { score: number }> }).matches
    assert.equal(matches[nisIct.id].score, 80)
    assert.notProperty(matches, String(noviSad.id))

    const page = await client.get(`/opportunities/${nisIct.slug}`).loginAs(investor).withInertia()
    assert.include(
      (page.inertiaProps as { match: { explanation: string } }).match.explanation,
      'your sector Information & communication technology'
    )
    const anonymous = await client.get(`/opportunities/${nisIct.slug}`).withInertia()
    assert.isNull((anonymous.inertiaProps as { match: null }).match)
  })
})
