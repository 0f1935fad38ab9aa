import { test } from '@japa/runner'
import { backupName, backupTime, backupsToPrune, isSafeKey } from '#services/backup_archive'

test.group('Backup archives: names, retention, keys', () => {
  test('names carry their UTC time and read back', ({ assert }) => {
    const at = new Date('2026-12-03T02:30:07.123Z')
    assert.equal(backupName(at), 'most-backup-20261203T023007Z.tar')
    assert.equal(backupTime(backupName(at))?.toISOString(), '2026-12-03T02:30:07.000Z')
    assert.isNull(backupTime('most-backup-20261203T023007Z.tar.partial'))
    assert.isNull(backupTime('notes.txt'))
  })

  test('keeps the newest of each of the last N days and M ISO weeks, deletes the rest', ({
    assert,
  }) => {
    // Two backups a day for 40 days, newest first: 2026-12-03 back to 2026-10-25.
    const names: string[] = []
    for (let day = 0; day < 40; day++) {
      for (const hour of [2, 14]) {
        names.push(backupName(new Date(Date.UTC(2026, 11, 3 - day, hour))))
      }
    }
    const doomed = new Set(backupsToPrune([...names, 'unrelated.txt'], 7, 4))
    const kept = names
      .filter((name) => !doomed.has(name))
      .sort()
      .reverse()
    assert.notInclude([...doomed], 'unrelated.txt')
    // Daily: the 14:00 backup of Dec 3 … Nov 27. Weekly (ISO weeks start on Monday):
    // Nov 30–Dec 3 and Nov 23–29 are already kept by a daily one (Dec 3, Nov 29); then
    // Sunday Nov 22 and Sunday Nov 15.
    assert.deepEqual(kept, [
      'most-backup-20261203T140000Z.tar',
      'most-backup-20261202T140000Z.tar',
      'most-backup-20261201T140000Z.tar',
      'most-backup-20261130T140000Z.tar',
      'most-backup-20261129T140000Z.tar',
      'most-backup-20261128T140000Z.tar',
      'most-backup-20261127T140000Z.tar',
      'most-backup-20261122T140000Z.tar',
      'most-backup-20261115T140000Z.tar',
    ])
    assert.equal(doomed.size, names.length - 9)
  })

  test('a stored key may not leave its folder', ({ assert }) => {
    assert.isTrue(isSafeKey('opportunities/12/data_room/a.pdf'))
    for (const key of ['', '../etc/passwd', '/etc/passwd', 'a/../../b', 'a\\b', 'a/./b', 'a\0b']) {
      assert.isFalse(isSafeKey(key), JSON.stringify(key))
    }
  })
})
