// Every namespace of one language in one chunk, loaded when a page needs the language.
export default import.meta.glob<Record<string, unknown>>('../../resources/lang/sr-Cyrl/*.json', {
  eager: true,
  import: 'default',
})
