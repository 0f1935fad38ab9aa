import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'accounts/accept_invitation': ExtractProps<(typeof import('../../inertia/pages/accounts/accept_invitation.vue'))['default']>
    'accounts/account': ExtractProps<(typeof import('../../inertia/pages/accounts/account.vue'))['default']>
    'accounts/forgot_password': ExtractProps<(typeof import('../../inertia/pages/accounts/forgot_password.vue'))['default']>
    'accounts/login': ExtractProps<(typeof import('../../inertia/pages/accounts/login.vue'))['default']>
    'accounts/register_investor': ExtractProps<(typeof import('../../inertia/pages/accounts/register_investor.vue'))['default']>
    'accounts/register_partner': ExtractProps<(typeof import('../../inertia/pages/accounts/register_partner.vue'))['default']>
    'accounts/reset_password': ExtractProps<(typeof import('../../inertia/pages/accounts/reset_password.vue'))['default']>
    'community/directory/form': ExtractProps<(typeof import('../../inertia/pages/community/directory/form.vue'))['default']>
    'community/directory/index': ExtractProps<(typeof import('../../inertia/pages/community/directory/index.vue'))['default']>
    'community/events/index': ExtractProps<(typeof import('../../inertia/pages/community/events/index.vue'))['default']>
    'community/events/show': ExtractProps<(typeof import('../../inertia/pages/community/events/show.vue'))['default']>
    'community/events/staff/index': ExtractProps<(typeof import('../../inertia/pages/community/events/staff/index.vue'))['default']>
    'community/events/staff/show': ExtractProps<(typeof import('../../inertia/pages/community/events/staff/show.vue'))['default']>
    'community/events/stop_follow_ups': ExtractProps<(typeof import('../../inertia/pages/community/events/stop_follow_ups.vue'))['default']>
    'community/figures/index': ExtractProps<(typeof import('../../inertia/pages/community/figures/index.vue'))['default']>
    'community/home': ExtractProps<(typeof import('../../inertia/pages/community/home.vue'))['default']>
    'community/impact/partner/show': ExtractProps<(typeof import('../../inertia/pages/community/impact/partner/show.vue'))['default']>
    'community/impact/staff/index': ExtractProps<(typeof import('../../inertia/pages/community/impact/staff/index.vue'))['default']>
    'community/municipalities/show': ExtractProps<(typeof import('../../inertia/pages/community/municipalities/show.vue'))['default']>
    'community/stories/index': ExtractProps<(typeof import('../../inertia/pages/community/stories/index.vue'))['default']>
    'community/stories/show': ExtractProps<(typeof import('../../inertia/pages/community/stories/show.vue'))['default']>
    'community/stories/staff/form': ExtractProps<(typeof import('../../inertia/pages/community/stories/staff/form.vue'))['default']>
    'community/stories/staff/index': ExtractProps<(typeof import('../../inertia/pages/community/stories/staff/index.vue'))['default']>
    'deals/contacts/duplicates': ExtractProps<(typeof import('../../inertia/pages/deals/contacts/duplicates.vue'))['default']>
    'deals/contacts/index': ExtractProps<(typeof import('../../inertia/pages/deals/contacts/index.vue'))['default']>
    'deals/contacts/show': ExtractProps<(typeof import('../../inertia/pages/deals/contacts/show.vue'))['default']>
    'deals/index': ExtractProps<(typeof import('../../inertia/pages/deals/index.vue'))['default']>
    'deals/inquiry/create': ExtractProps<(typeof import('../../inertia/pages/deals/inquiry/create.vue'))['default']>
    'deals/inquiry/thanks': ExtractProps<(typeof import('../../inertia/pages/deals/inquiry/thanks.vue'))['default']>
    'deals/interests': ExtractProps<(typeof import('../../inertia/pages/deals/interests.vue'))['default']>
    'deals/introductions/respond': ExtractProps<(typeof import('../../inertia/pages/deals/introductions/respond.vue'))['default']>
    'deals/mail/index': ExtractProps<(typeof import('../../inertia/pages/deals/mail/index.vue'))['default']>
    'deals/mail/show': ExtractProps<(typeof import('../../inertia/pages/deals/mail/show.vue'))['default']>
    'deals/meetings/invitation': ExtractProps<(typeof import('../../inertia/pages/deals/meetings/invitation.vue'))['default']>
    'deals/pipeline': ExtractProps<(typeof import('../../inertia/pages/deals/pipeline.vue'))['default']>
    'deals/reports': ExtractProps<(typeof import('../../inertia/pages/deals/reports.vue'))['default']>
    'deals/settings': ExtractProps<(typeof import('../../inertia/pages/deals/settings.vue'))['default']>
    'deals/show': ExtractProps<(typeof import('../../inertia/pages/deals/show.vue'))['default']>
    'deals/staff/interests': ExtractProps<(typeof import('../../inertia/pages/deals/staff/interests.vue'))['default']>
    'deals/tasks': ExtractProps<(typeof import('../../inertia/pages/deals/tasks.vue'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../inertia/pages/errors/forbidden.vue'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../inertia/pages/errors/not_found.vue'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../inertia/pages/errors/server_error.vue'))['default']>
    'imports/index': ExtractProps<(typeof import('../../inertia/pages/imports/index.vue'))['default']>
    'imports/show': ExtractProps<(typeof import('../../inertia/pages/imports/show.vue'))['default']>
    'incentives/staff/index': ExtractProps<(typeof import('../../inertia/pages/incentives/staff/index.vue'))['default']>
    'investors/dashboard': ExtractProps<(typeof import('../../inertia/pages/investors/dashboard.vue'))['default']>
    'investors/profile': ExtractProps<(typeof import('../../inertia/pages/investors/profile.vue'))['default']>
    'investors/searches': ExtractProps<(typeof import('../../inertia/pages/investors/searches.vue'))['default']>
    'investors/unsubscribe': ExtractProps<(typeof import('../../inertia/pages/investors/unsubscribe.vue'))['default']>
    'notifications/index': ExtractProps<(typeof import('../../inertia/pages/notifications/index.vue'))['default']>
    'opportunities/index': ExtractProps<(typeof import('../../inertia/pages/opportunities/index.vue'))['default']>
    'opportunities/partner/data_room': ExtractProps<(typeof import('../../inertia/pages/opportunities/partner/data_room.vue'))['default']>
    'opportunities/partner/form': ExtractProps<(typeof import('../../inertia/pages/opportunities/partner/form.vue'))['default']>
    'opportunities/partner/index': ExtractProps<(typeof import('../../inertia/pages/opportunities/partner/index.vue'))['default']>
    'opportunities/partner/nda': ExtractProps<(typeof import('../../inertia/pages/opportunities/partner/nda.vue'))['default']>
    'opportunities/saved': ExtractProps<(typeof import('../../inertia/pages/opportunities/saved.vue'))['default']>
    'opportunities/show': ExtractProps<(typeof import('../../inertia/pages/opportunities/show.vue'))['default']>
    'opportunities/staff/index': ExtractProps<(typeof import('../../inertia/pages/opportunities/staff/index.vue'))['default']>
    'opportunities/staff/matches': ExtractProps<(typeof import('../../inertia/pages/opportunities/staff/matches.vue'))['default']>
    'opportunities/staff/questions': ExtractProps<(typeof import('../../inertia/pages/opportunities/staff/questions.vue'))['default']>
    'opportunities/staff/review': ExtractProps<(typeof import('../../inertia/pages/opportunities/staff/review.vue'))['default']>
    'organisations/partner/show': ExtractProps<(typeof import('../../inertia/pages/organisations/partner/show.vue'))['default']>
    'organisations/show': ExtractProps<(typeof import('../../inertia/pages/organisations/show.vue'))['default']>
    'organisations/staff/index': ExtractProps<(typeof import('../../inertia/pages/organisations/staff/index.vue'))['default']>
    'organisations/staff/review': ExtractProps<(typeof import('../../inertia/pages/organisations/staff/review.vue'))['default']>
    'organisations/staff/show': ExtractProps<(typeof import('../../inertia/pages/organisations/staff/show.vue'))['default']>
    'payments/club': ExtractProps<(typeof import('../../inertia/pages/payments/club.vue'))['default']>
    'payments/index': ExtractProps<(typeof import('../../inertia/pages/payments/index.vue'))['default']>
    'system/emails/index': ExtractProps<(typeof import('../../inertia/pages/system/emails/index.vue'))['default']>
    'system/emails/show': ExtractProps<(typeof import('../../inertia/pages/system/emails/show.vue'))['default']>
    'system/jobs': ExtractProps<(typeof import('../../inertia/pages/system/jobs.vue'))['default']>
    'trust/audit': ExtractProps<(typeof import('../../inertia/pages/trust/audit.vue'))['default']>
  }
}
