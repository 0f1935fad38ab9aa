// Every namespace of one language in one chunk, loaded when a page needs the language.
export default import.meta.glob<Record<string, unknown>>('../../resources/lang/sr-Latn/*.json', {
  eager: true,
  import: 'default',
})
