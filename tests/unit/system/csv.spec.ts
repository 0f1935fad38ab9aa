import { test } from '@japa/runner'
import { parseCsv, toCsv, CsvSyntaxError } from '#services/csv'

test.group('CSV', () => {
  test('every formula start is defused; plain numbers stay numbers', ({ assert }) => {
    const csv = toCsv(
      ['value'],
      [
        ['=HYPERLINK("x")'],
        ['+1+2'],
        ['-2+3'],
        ['@SUM(A1)'],
        ['\tcmd'],
        ['\rcmd'],
        ['-49.00'],
        [-49],
        ['plain'],
        [null],
      ]
    )
    assert.equal(
      csv,
      '\uFEFFvalue\r\n' +
        [
          `"'=HYPERLINK(""x"")"`,
          `'+1+2`,
          `'-2+3`,
          `'@SUM(A1)`,
          `'\tcmd`,
          `"'\rcmd"`,
          '-49.00',
          '-49',
          'plain',
          '',
        ].join('\r\n') +
        '\r\n'
    )
  })

  test('separators, quotes and line breaks inside a cell are quoted', ({ assert }) => {
    const csv = toCsv(['a', 'b'], [['Jović, Ana', 'Say "hi"\nthere']])
    assert.equal(csv, '\uFEFFa,b\r\n"Jović, Ana","Say ""hi""\nthere"\r\n')
    // What is written reads back the same.
    assert.deepEqual(parseCsv(csv), [
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['Jović, Ana', 'Say "hi"\nthere'] },
    ])
  })

  test('a quote left open is refused with the line it opens on', ({ assert }) => {
    const error = assert.throws(() => parseCsv('name,email\nAna,a@x.at\n"Milan,m@x.at\n'))
    assert.instanceOf(error, CsvSyntaxError)
    assert.equal((error as unknown as CsvSyntaxError).line, 3)
  })

  test('blank rows (also only separators) are skipped', ({ assert }) => {
    assert.deepEqual(parseCsv('a,b\r\n,,\r\n\r\nx,y'), [
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['x', 'y'] },
    ])
  })
})
