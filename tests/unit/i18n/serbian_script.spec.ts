import { test } from '@japa/runner'
import { toCyrillic } from '#services/serbian_script'

test.group('Serbian Latin to Cyrillic', () => {
  test('letters and the digraphs lj, nj, dž, in any case', ({ assert }) => {
    assert.equal(toCyrillic('Ljubljana, Njegoš, Džep, NJIVA'), 'Љубљана, Његош, Џеп, ЊИВА')
    assert.equal(
      toCyrillic('Hladnjača za bobičasto voće u Pirotu'),
      'Хладњача за бобичасто воће у Пироту'
    )
    assert.equal(toCyrillic('Đorđe Čačak Šabac Žabalj Ćuprija'), 'Ђорђе Чачак Шабац Жабаљ Ћуприја')
  })

  test('brands, foreign acronyms and foreign words stay in Latin letters', ({ assert }) => {
    assert.equal(toCyrillic('Sastanak sa UNDP i GIZ'), 'Састанак са UNDP и GIZ')
    assert.equal(toCyrillic('Plaćanje preko Stripe'), 'Плаћање преко Stripe')
    assert.equal(toCyrillic('Wireless mreža i Excel tabela'), 'Wireless мрежа и Excel табела')
  })

  test('e-mail and web addresses and file names are left as they are', ({ assert }) => {
    assert.equal(
      toCyrillic('Pišite na investicije@nis.example.rs ili https://nis.rs/dijaspora'),
      'Пишите на investicije@nis.example.rs или https://nis.rs/dijaspora'
    )
    assert.equal(toCyrillic('Prilog: plan-poslovanja.pdf'), 'Прилог: plan-poslovanja.pdf')
  })

  test('text already in Cyrillic and numbers are unchanged', ({ assert }) => {
    assert.equal(toCyrillic('Ниш 2026, 4.000 t'), 'Ниш 2026, 4.000 т')
  })
})
