import { test } from '@japa/runner'
import { readFile, readdir } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import app from '@adonisjs/core/services/app'

/**
 * One writer for every guarded state. Each state below may be written only by the
 * files named here, so its history, timeline and audit rows cannot be forgotten by a
 * second writer. Writers are named by file BASENAME, not path: moving a file to another
 * area folder keeps the rule, and each basename must stay unique under app/.
 *
 * The scan is a heuristic over source text (comments stripped):
 * - a query on the guarded table (`Model.query()…`, `Model.create(…)`, `.from('table')`,
 *   `.table('table')`) whose write call (`update`, `insert`, `merge`, `create`…)
 *   names a guarded column;
 * - an assignment or merge on an instance whose variable names the model
 *   (`featuring.status = …`, `deal.stageId = …`);
 * - raw SQL `UPDATE table` / `INSERT INTO table` naming the column.
 * `creators` may set only the first value, when the row is made (a new deal's first
 * stage, a new listing's `draft`).
 */
interface Guard {
  state: string
  /** Lucid model class and table name of the guarded rows. */
  model: string
  table: string
  /** Guarded columns (snake_case and camelCase); empty: every write to the table. */
  columns: string[]
  /** Instance variables that hold the model, for `x.column = …` and `x.merge({ column })`. */
  instances?: RegExp
  writers: string[]
  creators?: string[]
}

const guards: Guard[] = [
  {
    state: "a deal's stage",
    model: 'Deal',
    table: 'deals',
    columns: ['stage_id', 'stageId'],
    instances: /^(?:deal|deals|moved)$/,
    writers: ['move_deal.ts'],
    creators: ['open_deal.ts'],
  },
  {
    state: "a deal's stage history",
    model: 'DealStageHistory',
    table: 'deal_stage_history',
    columns: [],
    writers: ['move_deal.ts'],
    creators: ['open_deal.ts'],
  },
  {
    state: 'the deal timeline',
    model: 'DealActivity',
    table: 'deal_activities',
    columns: [],
    writers: ['deal_activity.ts'],
  },
  {
    state: "a listing's status",
    model: 'Opportunity',
    table: 'opportunities',
    columns: ['status'],
    instances: /^(?:opportunity|opportunities|listing)$/,
    writers: ['record_transition.ts'],
    creators: ['create_opportunity.ts'],
  },
  {
    state: "a featuring's status",
    model: 'FeaturedListing',
    table: 'featured_listings',
    columns: ['status'],
    instances: /\b\w*featur\w*\b/i,
    writers: ['change_featuring_status.ts'],
    creators: ['grant_featuring.ts', 'start_featuring_checkout.ts'],
  },
  {
    state: "an interest's status",
    model: 'Interest',
    table: 'interests',
    columns: ['status'],
    instances: /\b\w*interests?\b/i,
    writers: ['update_interest_status.ts'],
  },
  {
    state: "a partner organisation's status",
    model: 'Organisation',
    table: 'organisations',
    columns: ['status'],
    instances: /^organisations?$/,
    writers: ['review_organisation.ts'],
    creators: ['register_partner.ts'],
  },
  {
    state: "a success story's status",
    model: 'SuccessStory',
    table: 'success_stories',
    columns: ['status', 'published_at', 'publishedAt'],
    // save_story.ts names the row it creates or edits `record`.
    instances: /^(?:story|stories|record)$/,
    writers: ['change_story_status.ts'],
    creators: ['save_story.ts'],
  },
  {
    state: 'an Investor Club membership',
    model: 'ClubMembership',
    table: 'club_memberships',
    columns: ['status'],
    instances: /\b\w*memberships?\b/i,
    writers: ['sync_club_membership.ts'],
  },
  {
    state: "a received e-mail's status (matched, unmatched, filed, set aside)",
    model: 'InboundMail',
    table: 'inbound_mails',
    columns: ['status'],
    instances: /^mails?$/,
    writers: ['file_inbound_mail.ts', 'dismiss_inbound_mail.ts'],
    creators: ['receive_inbound_mail.ts'],
  },
  {
    state: 'organisation membership',
    model: 'OrganisationMember',
    table: 'organisation_members',
    columns: [],
    // A partner founds the organisation as its owner; colleagues join by invitation.
    writers: ['accept_invitation.ts'],
    creators: ['register_partner.ts'],
  },
  {
    state: "a contact's merge into another",
    model: 'Contact',
    table: 'contacts',
    columns: ['merged_into_id', 'mergedIntoId', 'merged_at', 'mergedAt'],
    instances: /^(?:contact|contacts|merged|survivor)$/,
    writers: ['merge_contacts.ts'],
  },
  {
    state: 'staff notifications',
    model: 'Notification',
    table: 'notifications',
    columns: [],
    writers: ['mark_notifications_read.ts'],
    creators: ['notify_staff.ts'],
  },
  {
    // Each change of a meeting is one action, so its timeline line and calendar message
    // (with the right SEQUENCE) cannot be forgotten.
    state: "a meeting's status, time and iCalendar sequence",
    model: 'Meeting',
    table: 'meetings',
    columns: ['status', 'starts_at', 'startsAt', 'sequence'],
    instances: /^meetings?$/,
    writers: ['pick_meeting_time.ts', 'update_meeting.ts', 'cancel_meeting.ts'],
    creators: ['propose_meeting.ts'],
  },
]

const writeCalls = [
  'update',
  'insert',
  'multiInsert',
  'merge',
  'increment',
  'decrement',
  'delete',
  'del',
  'fill',
]
const createCalls = [
  'create',
  'createMany',
  'firstOrCreate',
  'updateOrCreate',
  'updateOrCreateMany',
]

/** Drops comments, so documentation that quotes a write is not one. */
function stripComments(source: string) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

/** The text from `open` (an opening paren) to its closing paren, both included. */
function balanced(source: string, open: number) {
  let depth = 0
  for (let index = open; index < source.length; index++) {
    if (source[index] === '(') depth++
    if (source[index] === ')' && --depth === 0) return source.slice(open, index + 1)
  }
  return source.slice(open)
}

/** The method calls chained from `start`: `[{ name, args }]`, in order. */
function chainFrom(source: string, start: number) {
  const calls: { name: string; args: string }[] = []
  const call = /^\s*\.?\s*([A-Za-z_$][\w$]*)\s*(?=\()/
  let position = start
  for (;;) {
    const match = call.exec(source.slice(position))
    if (!match) break
    const open = position + match[0].length
    const args = balanced(source, open)
    calls.push({ name: match[1], args })
    position = open + args.length
    // Only a `.method(` right after the call continues the chain.
    if (!/^\s*\./.test(source.slice(position))) break
  }
  return calls
}

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function namesColumn(args: string, columns: string[]) {
  if (!columns.length) return true
  return columns.some((column) =>
    new RegExp(`(?:[{,]\\s*|\\b)${escape(column)}\\s*[:,}]|['"]${escape(column)}['"]`).test(args)
  )
}

/** Why `source` writes the guarded state, one line per write found. */
function writesIn(source: string, guard: Guard) {
  const found: string[] = []
  const model = escape(guard.model)
  const table = escape(guard.table)

  const references = new RegExp(
    `\\b${model}\\s*\\.\\s*(?=(?:query|${createCalls.join('|')})\\s*\\()|\\.\\s*(?:from|table|into)\\(\\s*'${table}'\\s*\\)|related\\(\\s*'members'\\s*\\)`,
    'g'
  )
  for (const match of source.matchAll(references)) {
    if (match[0].startsWith('related') && guard.table !== 'organisation_members') continue
    const start = match[0].startsWith('.') ? match.index : match.index + match[0].length
    const calls = chainFrom(source, start)
    const isModelStart = !match[0].startsWith('.') && !match[0].startsWith('related')
    calls.forEach((call, index) => {
      const creates = createCalls.includes(call.name) && (index === 0 || !isModelStart)
      const writes = writeCalls.includes(call.name)
      if ((creates || writes) && namesColumn(call.args, guard.columns)) {
        found.push(
          `${match[0].trim()}….${call.name}(${call.args.slice(1, 60).replace(/\s+/g, ' ')}…`
        )
      }
    })
  }

  if (guard.instances && guard.columns.length) {
    const camel = guard.columns.filter((column) => !column.includes('_'))
    for (const column of camel) {
      // An assignment statement starts its line (SQL's `x.status = 'y'` in a string does not).
      const assignment = new RegExp(
        `^\\s*([\\w$]+)\\s*\\.\\s*${escape(column)}\\s*(?:\\?\\?|\\|\\||&&)?=(?!=)`,
        'gm'
      )
      for (const match of source.matchAll(assignment)) {
        if (guard.instances.test(match[1])) found.push(match[0].trim())
      }
    }
    const merges = /([\w$]+)\s*\.\s*(?:merge|fill)\s*(?=\()/g
    for (const match of source.matchAll(merges)) {
      if (!guard.instances.test(match[1])) continue
      const args = balanced(source, match.index + match[0].length)
      if (namesColumn(args, guard.columns)) found.push(`${match[0]}(${args.slice(1, 60)}…`)
    }
  }

  const rawSql = new RegExp(
    `\\b(?:UPDATE|INSERT\\s+INTO)\\s+"?${table}"?\\b([\\s\\S]{0,400})`,
    'gi'
  )
  for (const match of source.matchAll(rawSql)) {
    const names = guard.columns.filter((column) => column.includes('_') || column === 'status')
    if (
      !guard.columns.length ||
      names.some((column) => new RegExp(`\\b${column}\\b`).test(match[1]))
    ) {
      found.push(match[0].slice(0, 60))
    }
  }
  return found
}

async function appSources() {
  const root = app.makePath('app')
  const files: { path: string; source: string }[] = []
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue
    const path = join(entry.parentPath, entry.name)
    files.push({
      path: relative(app.makePath(), path),
      source: stripComments(await readFile(path, 'utf8')),
    })
  }
  return files
}

test.group('Architecture: one writer for every guarded state', (group) => {
  let files: { path: string; source: string }[] = []
  group.setup(async () => {
    files = await appSources()
  })

  test('no file but the designated writer writes {state}')
    .with(guards)
    .run(({ assert }, guard) => {
      const allowed = new Set([...guard.writers, ...(guard.creators ?? [])])
      const intruders = files.flatMap(({ path, source }) =>
        allowed.has(basename(path))
          ? []
          : writesIn(source, guard).map((write) => `${path}: ${write}`)
      )
      assert.deepEqual(
        intruders,
        [],
        `${guard.state} is written outside ${[...allowed].join(', ')}; call the writer instead`
      )
    })

  test('the designated writers of {state} exist once and are seen writing')
    .with(guards)
    .run(({ assert }, guard) => {
      // A writer the scan cannot see writing would make the rule above pass vacuously.
      for (const writer of [...guard.writers, ...(guard.creators ?? [])]) {
        const matches = files.filter(({ path }) => basename(path) === writer)
        assert.lengthOf(matches, 1, `${writer} should be exactly one file under app/`)
        assert.isNotEmpty(
          writesIn(matches[0].source, guard),
          `${writer} no longer writes ${guard.state}`
        )
      }
    })

  test('the scan catches the writes it is meant to catch', ({ assert }) => {
    const byTable = (table: string) => guards.find((guard) => guard.table === table)!
    const [deal, featuring, interest, timeline, history] = [
      'deals',
      'featured_listings',
      'interests',
      'deal_activities',
      'deal_stage_history',
    ].map(byTable)
    const samples: [Guard, string][] = [
      [deal, `await trx.from('deals').where('id', id).update({ stage_id: target.id })`],
      [deal, `await Deal.query({ client }).where({ id }).update({\n  stage_id: 3,\n})`],
      [deal, `deal.stageId = introduced.id`],
      [deal, `deal.merge({ stageId: 4, title })`],
      [history, `await trx.table('deal_stage_history').insert({ deal_id: 1 })`],
      [history, `await DealStageHistory.create({ dealId: 1 }, { client: trx })`],
      [timeline, `await trx.insertQuery().table('deal_activities').insert({ kind: 'note' })`],
      [featuring, `featuring.status = 'abandoned'`],
      [featuring, `await db.from('featured_listings').where('id', 1).update({ status: 'x' })`],
      [interest, `await trx.from('interests').where('id', 1).update({ status })`],
      [deal, 'await trx.rawQuery(`UPDATE deals SET stage_id = ? WHERE id = ?`, [1, 2])'],
    ]
    for (const [guard, sample] of samples) {
      assert.isNotEmpty(writesIn(sample, guard), sample)
    }
    // Reads and other columns are not writes of the state.
    const reads: [Guard, string][] = [
      [deal, `await trx.from('deals').where('stage_id', 1).update({ title: 'x' })`],
      [featuring, `await FeaturedListing.query().where('status', 'active').first()`],
      [interest, `const { stage_id: stageId, ...rest } = row`],
      [featuring, `if (featuring.status === 'active') return`],
    ]
    for (const [guard, sample] of reads) {
      assert.isEmpty(writesIn(sample, guard), sample)
    }
  })
})
