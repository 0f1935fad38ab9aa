/**
 * The navigation, named by what people do and grouped per role. The public links are
 * everyone's; signed-in investors and partners get one group of their own; staff work in
 * the application layout whose sidebar lists the staff groups.
 */
export interface NavItem {
  href: string
  label: string
}
export interface NavGroup {
  key: string
  label: string
  items: NavItem[]
}

type Role = 'investor' | 'partner' | 'staff' | 'admin'
type Translate = (key: string) => string

export function publicLinks(t: Translate): NavItem[] {
  return [
    { href: '/opportunities', label: t('common.nav.find_projects') },
    { href: '/directory', label: t('common.nav.find_partners') },
    { href: '/events', label: t('common.nav.events') },
    { href: '/stories', label: t('common.nav.stories') },
    { href: '/figures', label: t('common.nav.figures') },
  ]
}

/** The signed-in person's own group (investors and partners), or none. */
export function roleGroup(role: Role, t: Translate): NavGroup | null {
  if (role === 'investor') {
    return {
      key: 'investor',
      label: t('common.nav.groups.investor'),
      items: [
        { href: '/dashboard', label: t('common.nav.dashboard') },
        { href: '/investor/saved', label: t('common.nav.saved') },
        { href: '/investor/searches', label: t('common.nav.searches') },
        { href: '/investor/interests', label: t('common.nav.interests') },
        { href: '/investor/profile', label: t('common.nav.profile') },
        { href: '/investor/club', label: t('common.nav.club') },
        { href: '/investor/payments', label: t('common.nav.payments') },
        { href: '/inquiry', label: t('common.nav.ask_question') },
      ],
    }
  }
  if (role === 'partner') {
    return {
      key: 'partner',
      label: t('common.nav.groups.partner'),
      items: [
        { href: '/dashboard', label: t('common.nav.answer_introductions') },
        { href: '/partner/opportunities', label: t('common.nav.listings') },
        { href: '/partner/imports', label: t('common.nav.imports') },
        { href: '/partner/organisation', label: t('common.nav.organisation') },
        { href: '/partner/impact', label: t('common.nav.impact') },
        { href: '/partner/payments', label: t('common.nav.payments') },
      ],
    }
  }
  return null
}

/** The staff sidebar: the CRM first, then reviews, community work and operations. */
export function staffGroups(role: Role, t: Translate): NavGroup[] {
  const groups: NavGroup[] = [
    {
      key: 'deals',
      label: t('common.nav.groups.deals'),
      items: [
        { href: '/crm/pipeline', label: t('common.nav.pipeline') },
        { href: '/crm/deals', label: t('common.nav.deals') },
        { href: '/crm/tasks', label: t('common.nav.tasks') },
        { href: '/crm/contacts', label: t('common.nav.contacts') },
        { href: '/crm/mail', label: t('common.nav.mail') },
        { href: '/crm/organisations', label: t('common.nav.organisations') },
        { href: '/staff/interests', label: t('common.nav.all_interests') },
        { href: '/crm/reports', label: t('common.nav.reports') },
      ],
    },
    {
      key: 'review',
      label: t('common.nav.groups.review'),
      items: [
        { href: '/staff/opportunities', label: t('common.nav.review_listings') },
        { href: '/staff/organisations', label: t('common.nav.review_organisations') },
        { href: '/staff/imports', label: t('common.nav.imports') },
        { href: '/staff/incentives', label: t('common.nav.incentive_rules') },
        { href: '/staff/questions', label: t('common.nav.moderate_questions') },
      ],
    },
    {
      key: 'community',
      label: t('common.nav.groups.community'),
      items: [
        { href: '/crm/events', label: t('common.nav.events') },
        { href: '/crm/stories', label: t('common.nav.write_stories') },
        { href: '/crm/impact', label: t('common.nav.impact') },
      ],
    },
    {
      key: 'operations',
      label: t('common.nav.groups.operations'),
      items: [
        { href: '/staff/payments', label: t('common.nav.payments') },
        { href: '/crm/emails', label: t('common.nav.emails') },
        { href: '/crm/jobs', label: t('common.nav.jobs') },
      ],
    },
  ]
  if (role === 'admin') {
    groups[3].items.push(
      { href: '/crm/settings', label: t('common.nav.settings') },
      { href: '/admin/audit', label: t('common.nav.audit') }
    )
  }
  return groups
}

/** Whether a link is the current page or a page under it (a deal under the deal list). */
export function isCurrent(href: string, url: string) {
  const path = url.split('?')[0]
  return path === href || (href !== '/' && path.startsWith(`${href}/`))
}
