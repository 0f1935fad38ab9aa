import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
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
    'crm/jobs': ExtractProps<(typeof import('../../inertia/pages/crm/jobs.vue'))['default']>
    'crm/pipeline': ExtractProps<(typeof import('../../inertia/pages/crm/pipeline.vue'))['default']>
    'crm/reports': ExtractProps<(typeof import('../../inertia/pages/crm/reports.vue'))['default']>
    'crm/settings': ExtractProps<(typeof import('../../inertia/pages/crm/settings.vue'))['default']>
    'dashboard/show': ExtractProps<(typeof import('../../inertia/pages/dashboard/show.vue'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.vue'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.vue'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.vue'))['default']>
    'home': ExtractProps<(typeof import('../../inertia/pages/home.vue'))['default']>
    'inquiry/create': ExtractProps<(typeof import('../../inertia/pages/inquiry/create.vue'))['default']>
    'inquiry/thanks': ExtractProps<(typeof import('../../inertia/pages/inquiry/thanks.vue'))['default']>
    'introductions/respond': ExtractProps<(typeof import('../../inertia/pages/introductions/respond.vue'))['default']>
    'investor/interests': ExtractProps<(typeof import('../../inertia/pages/investor/interests.vue'))['default']>
    'investor/profile': ExtractProps<(typeof import('../../inertia/pages/investor/profile.vue'))['default']>
    'investor/saved': ExtractProps<(typeof import('../../inertia/pages/investor/saved.vue'))['default']>
    'municipalities/show': ExtractProps<(typeof import('../../inertia/pages/municipalities/show.vue'))['default']>
    'opportunities/index': ExtractProps<(typeof import('../../inertia/pages/opportunities/index.vue'))['default']>
    'opportunities/show': ExtractProps<(typeof import('../../inertia/pages/opportunities/show.vue'))['default']>
    'organisations/show': ExtractProps<(typeof import('../../inertia/pages/organisations/show.vue'))['default']>
    'partner/opportunities/form': ExtractProps<(typeof import('../../inertia/pages/partner/opportunities/form.vue'))['default']>
    'partner/opportunities/index': ExtractProps<(typeof import('../../inertia/pages/partner/opportunities/index.vue'))['default']>
    'partner/organisation': ExtractProps<(typeof import('../../inertia/pages/partner/organisation.vue'))['default']>
    'staff/interests': ExtractProps<(typeof import('../../inertia/pages/staff/interests.vue'))['default']>
    'staff/opportunities': ExtractProps<(typeof import('../../inertia/pages/staff/opportunities.vue'))['default']>
    'staff/organisations': ExtractProps<(typeof import('../../inertia/pages/staff/organisations.vue'))['default']>
  }
}
