import { test } from '@japa/runner'
import { findMentions, nameKey } from '#services/mentions'

const colleagues = [
  { id: 1, fullName: 'Milica Jovanović' },
  { id: 2, fullName: 'Никола Ђорђевић' },
  { id: 3, fullName: 'Marko Petrović' },
  { id: 4, fullName: 'Marko Džajić' },
  { id: 5, fullName: 'Љиљана Њежић' },
]

test.group('Mentions in staff notes', () => {
  test('a name key is blind to script, case and diacritics, as most_normalize is', ({ assert }) => {
    assert.equal(nameKey('Петровић'), 'petrovic')
    assert.equal(nameKey('PETROVIĆ'), 'petrovic')
    assert.equal(nameKey('Đorđević'), nameKey('Ђорђевић'))
    assert.equal(nameKey('Džajić'), nameKey('Џајић'))
    assert.equal(nameKey('Љиљана Њежић'), 'ljiljana njezic')
  })

  test('full names, unique first names and run-together names, in either script', ({ assert }) => {
    assert.deepEqual(findMentions('@Milica please call', colleagues), [1])
    assert.deepEqual(findMentions('@Милица, can you?', colleagues), [1])
    assert.deepEqual(findMentions('ask @Nikola Djordjevic', colleagues), [2])
    assert.deepEqual(findMentions('ask @Никола Ђорђевић today', colleagues), [2])
    assert.deepEqual(findMentions('@nikola.dordevic', colleagues), [2])
    assert.deepEqual(findMentions('@MilicaJovanovic and @Ljiljana', colleagues), [1, 5])
    assert.deepEqual(findMentions('@Љиљана @Ljiljana Njezic', colleagues), [5])
  })

  test('an ambiguous first name, an unknown name or an e-mail address is no mention', ({
    assert,
  }) => {
    // Two Markos: the first name alone names nobody; the full name does.
    assert.deepEqual(findMentions('@Marko call him', colleagues), [])
    assert.deepEqual(findMentions('@Marko Petrović call him', colleagues), [3])
    assert.deepEqual(findMentions('@Марко Џајић', colleagues), [4])
    assert.deepEqual(findMentions('write to milica@example.com', colleagues), [])
    assert.deepEqual(findMentions('@Jelena and @ nobody', colleagues), [])
  })
})
