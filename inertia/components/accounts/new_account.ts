/** What every sign-up form starts with (AccountFields plus the terms box). */
export function newAccount() {
  return { fullName: '', email: '', password: '', passwordConfirmation: '', acceptTerms: false }
}

/** The part of an Inertia form a sign-up submission uses. */
interface SignUpForm {
  post(url: string, options: { onFinish: () => void }): void
  reset(...fields: ('password' | 'passwordConfirmation')[]): unknown
}

/** Sends a sign-up; whatever the answer, the typed password is not kept in the page. */
export function submitNewAccount(form: SignUpForm, url: string) {
  form.post(url, { onFinish: () => form.reset('password', 'passwordConfirmation') })
}
