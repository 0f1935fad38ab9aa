import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'account/show': ExtractProps<(typeof import('../../inertia/pages/account/show.vue'))['default']>
    'admin/audit': ExtractProps<(typeof import('../../inertia/pages/admin/audit.vue'))['default']>
    'alerts/unsubscribe': ExtractProps<(typeof import('../../inertia/pages/alerts/unsubscribe.vue'))['default']>
    'auth/accept_invitation': ExtractProps<(typeof import('../../inertia/pages/auth/accept_invitation.vue'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../inertia/pages/auth/forgot_password.vue'))['default']>
    'auth/login': ExtractProps<(typeof import('../../inertia/pages/auth/login.vue'))['default']>
    'auth/register_investor': ExtractProps<(typeof import('../../inertia/pages/auth/register_investor.vue'))['default']>
    'auth/register_partner': ExtractProps<(typeof import('../../inertia/pages/auth/register_partner.vue'))['default']>
    'auth/reset_password': ExtractProps<(typeof import('../../inertia/pages/auth/reset_password.vue'))['default']>
    'crm/contacts/index': ExtractProps<(typeof import('../../inertia/pages/crm/contacts/index.vue'))['default']>
    'crm/contacts/show': ExtractProps<(typeof import('../../inertia/pages/crm/contacts/show.vue'))['default']>
    'crm/deal': ExtractProps<(typeof import('../../inertia/pages/crm/deal.vue'))['default']>
    'crm/deals': ExtractProps<(typeof import('../../inertia/pages/crm/deals.vue'))['default']>
    'crm/directory/form': ExtractProps<(typeof import('../../inertia/pages/crm/directory/form.vue'))['default']>
    'crm/events/index': ExtractProps<(typeof import('../../inertia/pages/crm/events/index.vue'))['default']>
    'crm/events/show': ExtractProps<(typeof import('../../inertia/pages/crm/events/show.vue'))['default']>
    'crm/impact': ExtractProps<(typeof import('../../inertia/pages/crm/impact.vue'))['default']>
    'crm/jobs': ExtractProps<(typeof import('../../inertia/pages/crm/jobs.vue'))['default']>
    'crm/organisations/index': ExtractProps<(typeof import('../../inertia/pages/crm/organisations/index.vue'))['default']>
    'crm/organisations/show': ExtractProps<(typeof import('../../inertia/pages/crm/organisations/show.vue'))['default']>
    'crm/pipeline': ExtractProps<(typeof import('../../inertia/pages/crm/pipeline.vue'))['default']>
    'crm/reports': ExtractProps<(typeof import('../../inertia/pages/crm/reports.vue'))['default']>
    'crm/settings': ExtractProps<(typeof import('../../inertia/pages/crm/settings.vue'))['default']>
    'crm/stories/form': ExtractProps<(typeof import('../../inertia/pages/crm/stories/form.vue'))['default']>
    'crm/stories/index': ExtractProps<(typeof import('../../inertia/pages/crm/stories/index.vue'))['default']>
    'dashboard/show': ExtractProps<(typeof import('../../inertia/pages/dashboard/show.vue'))['default']>
    'directory/index': ExtractProps<(typeof import('../../inertia/pages/directory/index.vue'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.vue'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.vue'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.vue'))['default']>
    'events/show': ExtractProps<(typeof import('../../inertia/pages/events/show.vue'))['default']>
    'events/stop_follow_ups': ExtractProps<(typeof import('../../inertia/pages/events/stop_follow_ups.vue'))['default']>
    'figures/index': ExtractProps<(typeof import('../../inertia/pages/figures/index.vue'))['default']>
    'home': ExtractProps<(typeof import('../../inertia/pages/home.vue'))['default']>
    'inquiry/create': ExtractProps<(typeof import('../../inertia/pages/inquiry/create.vue'))['default']>
    'inquiry/thanks': ExtractProps<(typeof import('../../inertia/pages/inquiry/thanks.vue'))['default']>
    'introductions/respond': ExtractProps<(typeof import('../../inertia/pages/introductions/respond.vue'))['default']>
    'investor/club': ExtractProps<(typeof import('../../inertia/pages/investor/club.vue'))['default']>
    'investor/interests': ExtractProps<(typeof import('../../inertia/pages/investor/interests.vue'))['default']>
    'investor/profile': ExtractProps<(typeof import('../../inertia/pages/investor/profile.vue'))['default']>
    'investor/saved': ExtractProps<(typeof import('../../inertia/pages/investor/saved.vue'))['default']>
    'investor/searches': ExtractProps<(typeof import('../../inertia/pages/investor/searches.vue'))['default']>
    'municipalities/show': ExtractProps<(typeof import('../../inertia/pages/municipalities/show.vue'))['default']>
    'opportunities/index': ExtractProps<(typeof import('../../inertia/pages/opportunities/index.vue'))['default']>
    'opportunities/show': ExtractProps<(typeof import('../../inertia/pages/opportunities/show.vue'))['default']>
    'organisations/show': ExtractProps<(typeof import('../../inertia/pages/organisations/show.vue'))['default']>
    'partner/impact': ExtractProps<(typeof import('../../inertia/pages/partner/impact.vue'))['default']>
    'partner/opportunities/form': ExtractProps<(typeof import('../../inertia/pages/partner/opportunities/form.vue'))['default']>
    'partner/opportunities/index': ExtractProps<(typeof import('../../inertia/pages/partner/opportunities/index.vue'))['default']>
    'partner/organisation': ExtractProps<(typeof import('../../inertia/pages/partner/organisation.vue'))['default']>
    'payments/index': ExtractProps<(typeof import('../../inertia/pages/payments/index.vue'))['default']>
    'staff/interests': ExtractProps<(typeof import('../../inertia/pages/staff/interests.vue'))['default']>
    'staff/opportunities': ExtractProps<(typeof import('../../inertia/pages/staff/opportunities.vue'))['default']>
    'staff/opportunity_matches': ExtractProps<(typeof import('../../inertia/pages/staff/opportunity_matches.vue'))['default']>
    'staff/organisations': ExtractProps<(typeof import('../../inertia/pages/staff/organisations.vue'))['default']>
    'stories/index': ExtractProps<(typeof import('../../inertia/pages/stories/index.vue'))['default']>
    'stories/show': ExtractProps<(typeof import('../../inertia/pages/stories/show.vue'))['default']>
  }
}
