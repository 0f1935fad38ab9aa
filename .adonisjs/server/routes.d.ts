import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'alerts.unsubscribe': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'alerts.unsubscribe.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'investor.profile.edit': { paramsTuple?: []; params?: {} }
    'investor.profile.update': { paramsTuple?: []; params?: {} }
    'investor.searches': { paramsTuple?: []; params?: {} }
    'investor.searches.store': { paramsTuple?: []; params?: {} }
    'investor.searches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investor.searches.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'partner.organisation.invite': { paramsTuple?: []; params?: {} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'staff.organisations.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.organisations.index': { paramsTuple?: []; params?: {} }
    'crm.organisations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.exports.store': { paramsTuple?: []; params?: {} }
    'account.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit': { paramsTuple?: []; params?: {} }
    'incentives.estimate': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'staff.incentives.index': { paramsTuple?: []; params?: {} }
    'staff.incentives.store': { paramsTuple?: []; params?: {} }
    'staff.incentives.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.incentives.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.index': { paramsTuple?: []; params?: {} }
    'partner.imports.store': { paramsTuple?: []; params?: {} }
    'partner.imports.template': { paramsTuple?: []; params?: {} }
    'partner.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.mapping': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.index': { paramsTuple?: []; params?: {} }
    'staff.imports.store': { paramsTuple?: []; params?: {} }
    'staff.imports.template': { paramsTuple?: []; params?: {} }
    'staff.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.mapping': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.notifications.index': { paramsTuple?: []; params?: {} }
    'crm.notifications.unread': { paramsTuple?: []; params?: {} }
    'crm.notifications.read_all': { paramsTuple?: []; params?: {} }
    'crm.notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.notifications.settings': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'health.show': { paramsTuple?: []; params?: {} }
    'robots.show': { paramsTuple?: []; params?: {} }
    'sitemaps.index': { paramsTuple?: []; params?: {} }
    'sitemaps.show': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'metrics.show': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'crm.health': { paramsTuple?: []; params?: {} }
    'crm.jobs.index': { paramsTuple?: []; params?: {} }
    'crm.search': { paramsTuple?: []; params?: {} }
    'crm.emails.index': { paramsTuple?: []; params?: {} }
    'crm.emails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.jobs.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dev.mail.index': { paramsTuple?: []; params?: {} }
    'dev.mail.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'session.start': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.register_partner.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.password_reset.update': { paramsTuple?: []; params?: {} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.verify_email.resend': { paramsTuple?: []; params?: {} }
    'account.show': { paramsTuple?: []; params?: {} }
    'account.destroy': { paramsTuple?: []; params?: {} }
    'account.time_zone': { paramsTuple?: []; params?: {} }
    'api.opportunities.index': { paramsTuple?: []; params?: {} }
    'api.opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.index': { paramsTuple?: []; params?: {} }
    'opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.cover': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.share_image': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'opportunities.save': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.unsave': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.nda': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.questions.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'investor.saved': { paramsTuple?: []; params?: {} }
    'nda_signatures.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.index': { paramsTuple?: []; params?: {} }
    'partner.opportunities.create': { paramsTuple?: []; params?: {} }
    'partner.opportunities.store': { paramsTuple?: []; params?: {} }
    'partner.opportunities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.submit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.pause': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.reconfirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.documents.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.documents.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'documentId': ParamValue} }
    'partner.opportunities.data_room': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.documents.revoke': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'documentId': ParamValue} }
    'partner.questions.answer': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.nda.edit': { paramsTuple?: []; params?: {} }
    'partner.nda.update': { paramsTuple?: []; params?: {} }
    'staff.opportunities.index': { paramsTuple?: []; params?: {} }
    'staff.opportunities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.matches': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.invite': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.questions.index': { paramsTuple?: []; params?: {} }
    'staff.questions.hide': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'webhooks.inbound_mail': { paramsTuple?: []; params?: {} }
    'introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.accept.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation.pick': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation.calendar': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.create': { paramsTuple?: []; params?: {} }
    'inquiry.store': { paramsTuple?: []; params?: {} }
    'inquiry.thanks': { paramsTuple?: []; params?: {} }
    'partner.introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'opportunities.interest': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'investor.interests': { paramsTuple?: []; params?: {} }
    'staff.interests.index': { paramsTuple?: []; params?: {} }
    'crm.pipeline': { paramsTuple?: []; params?: {} }
    'crm.reports': { paramsTuple?: []; params?: {} }
    'crm.contacts.index': { paramsTuple?: []; params?: {} }
    'crm.contacts.duplicates': { paramsTuple?: []; params?: {} }
    'crm.contacts.merge': { paramsTuple?: []; params?: {} }
    'crm.contacts.duplicates.dismiss': { paramsTuple?: []; params?: {} }
    'crm.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.index': { paramsTuple?: []; params?: {} }
    'crm.tasks.index': { paramsTuple?: []; params?: {} }
    'crm.deals.export': { paramsTuple?: []; params?: {} }
    'crm.deals.bulk.reassign': { paramsTuple?: []; params?: {} }
    'crm.deals.bulk.move': { paramsTuple?: []; params?: {} }
    'crm.deals.bulk.tasks': { paramsTuple?: []; params?: {} }
    'crm.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.reassign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.introductions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.activities.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.toggle': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'taskId': ParamValue} }
    'crm.deals.meetings.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.meetings.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.meetings.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.impact': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.aftercare': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.index': { paramsTuple?: []; params?: {} }
    'crm.mail.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.file': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.attachment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings': { paramsTuple?: []; params?: {} }
    'crm.settings.pipelines.store': { paramsTuple?: []; params?: {} }
    'crm.settings.stages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.lost_reasons.store': { paramsTuple?: []; params?: {} }
    'crm.settings.lost_reasons.toggle': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'webhooks.stripe': { paramsTuple?: []; params?: {} }
    'partner.opportunities.feature': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.payments': { paramsTuple?: []; params?: {} }
    'partner.payments.export': { paramsTuple?: []; params?: {} }
    'investor.club.show': { paramsTuple?: []; params?: {} }
    'investor.club.checkout': { paramsTuple?: []; params?: {} }
    'investor.club.portal': { paramsTuple?: []; params?: {} }
    'investor.payments': { paramsTuple?: []; params?: {} }
    'investor.payments.export': { paramsTuple?: []; params?: {} }
    'staff.payments': { paramsTuple?: []; params?: {} }
    'staff.payments.export': { paramsTuple?: []; params?: {} }
    'staff.payments.refund': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.feature': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'home': { paramsTuple?: []; params?: {} }
    'municipalities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'directory.index': { paramsTuple?: []; params?: {} }
    'figures.index': { paramsTuple?: []; params?: {} }
    'stories.index': { paramsTuple?: []; params?: {} }
    'stories.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'stories.photo': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'crm.stories.index': { paramsTuple?: []; params?: {} }
    'crm.stories.create': { paramsTuple?: []; params?: {} }
    'crm.stories.store': { paramsTuple?: []; params?: {} }
    'crm.stories.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.publish': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.unpublish': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.directory.create': { paramsTuple?: []; params?: {} }
    'crm.directory.store': { paramsTuple?: []; params?: {} }
    'crm.directory.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.directory.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'events.index': { paramsTuple?: []; params?: {} }
    'events.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'events.sign_up': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'events.follow_ups.stop': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'events.follow_ups.stop.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.index': { paramsTuple?: []; params?: {} }
    'crm.events.store': { paramsTuple?: []; params?: {} }
    'crm.events.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.import': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.attendees.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.attendees.interest': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attendeeId': ParamValue} }
    'crm.impact': { paramsTuple?: []; params?: {} }
    'partner.impact': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'alerts.unsubscribe': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'investor.profile.edit': { paramsTuple?: []; params?: {} }
    'investor.searches': { paramsTuple?: []; params?: {} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'crm.organisations.index': { paramsTuple?: []; params?: {} }
    'crm.organisations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit': { paramsTuple?: []; params?: {} }
    'incentives.estimate': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'staff.incentives.index': { paramsTuple?: []; params?: {} }
    'partner.imports.index': { paramsTuple?: []; params?: {} }
    'partner.imports.template': { paramsTuple?: []; params?: {} }
    'partner.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.index': { paramsTuple?: []; params?: {} }
    'staff.imports.template': { paramsTuple?: []; params?: {} }
    'staff.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.notifications.index': { paramsTuple?: []; params?: {} }
    'crm.notifications.unread': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'health.show': { paramsTuple?: []; params?: {} }
    'robots.show': { paramsTuple?: []; params?: {} }
    'sitemaps.index': { paramsTuple?: []; params?: {} }
    'sitemaps.show': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'metrics.show': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'crm.health': { paramsTuple?: []; params?: {} }
    'crm.jobs.index': { paramsTuple?: []; params?: {} }
    'crm.search': { paramsTuple?: []; params?: {} }
    'crm.emails.index': { paramsTuple?: []; params?: {} }
    'crm.emails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dev.mail.index': { paramsTuple?: []; params?: {} }
    'dev.mail.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'session.start': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.show': { paramsTuple?: []; params?: {} }
    'api.opportunities.index': { paramsTuple?: []; params?: {} }
    'api.opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.index': { paramsTuple?: []; params?: {} }
    'opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.cover': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.share_image': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investor.saved': { paramsTuple?: []; params?: {} }
    'nda_signatures.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.index': { paramsTuple?: []; params?: {} }
    'partner.opportunities.create': { paramsTuple?: []; params?: {} }
    'partner.opportunities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.data_room': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.nda.edit': { paramsTuple?: []; params?: {} }
    'staff.opportunities.index': { paramsTuple?: []; params?: {} }
    'staff.opportunities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.matches': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.questions.index': { paramsTuple?: []; params?: {} }
    'introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation.calendar': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.create': { paramsTuple?: []; params?: {} }
    'inquiry.thanks': { paramsTuple?: []; params?: {} }
    'investor.interests': { paramsTuple?: []; params?: {} }
    'staff.interests.index': { paramsTuple?: []; params?: {} }
    'crm.pipeline': { paramsTuple?: []; params?: {} }
    'crm.reports': { paramsTuple?: []; params?: {} }
    'crm.contacts.index': { paramsTuple?: []; params?: {} }
    'crm.contacts.duplicates': { paramsTuple?: []; params?: {} }
    'crm.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.index': { paramsTuple?: []; params?: {} }
    'crm.tasks.index': { paramsTuple?: []; params?: {} }
    'crm.deals.export': { paramsTuple?: []; params?: {} }
    'crm.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.index': { paramsTuple?: []; params?: {} }
    'crm.mail.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.attachment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings': { paramsTuple?: []; params?: {} }
    'partner.payments': { paramsTuple?: []; params?: {} }
    'partner.payments.export': { paramsTuple?: []; params?: {} }
    'investor.club.show': { paramsTuple?: []; params?: {} }
    'investor.payments': { paramsTuple?: []; params?: {} }
    'investor.payments.export': { paramsTuple?: []; params?: {} }
    'staff.payments': { paramsTuple?: []; params?: {} }
    'staff.payments.export': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'municipalities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'directory.index': { paramsTuple?: []; params?: {} }
    'figures.index': { paramsTuple?: []; params?: {} }
    'stories.index': { paramsTuple?: []; params?: {} }
    'stories.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'stories.photo': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'crm.stories.index': { paramsTuple?: []; params?: {} }
    'crm.stories.create': { paramsTuple?: []; params?: {} }
    'crm.stories.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.directory.create': { paramsTuple?: []; params?: {} }
    'crm.directory.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'events.index': { paramsTuple?: []; params?: {} }
    'events.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'events.follow_ups.stop': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.index': { paramsTuple?: []; params?: {} }
    'crm.events.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.impact': { paramsTuple?: []; params?: {} }
    'partner.impact': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'alerts.unsubscribe': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'investor.profile.edit': { paramsTuple?: []; params?: {} }
    'investor.searches': { paramsTuple?: []; params?: {} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'crm.organisations.index': { paramsTuple?: []; params?: {} }
    'crm.organisations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.exports.download': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin.audit': { paramsTuple?: []; params?: {} }
    'incentives.estimate': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'staff.incentives.index': { paramsTuple?: []; params?: {} }
    'partner.imports.index': { paramsTuple?: []; params?: {} }
    'partner.imports.template': { paramsTuple?: []; params?: {} }
    'partner.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.index': { paramsTuple?: []; params?: {} }
    'staff.imports.template': { paramsTuple?: []; params?: {} }
    'staff.imports.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.progress': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.notifications.index': { paramsTuple?: []; params?: {} }
    'crm.notifications.unread': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'health.show': { paramsTuple?: []; params?: {} }
    'robots.show': { paramsTuple?: []; params?: {} }
    'sitemaps.index': { paramsTuple?: []; params?: {} }
    'sitemaps.show': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'metrics.show': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'crm.health': { paramsTuple?: []; params?: {} }
    'crm.jobs.index': { paramsTuple?: []; params?: {} }
    'crm.search': { paramsTuple?: []; params?: {} }
    'crm.emails.index': { paramsTuple?: []; params?: {} }
    'crm.emails.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dev.mail.index': { paramsTuple?: []; params?: {} }
    'dev.mail.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'session.start': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.show': { paramsTuple?: []; params?: {} }
    'api.opportunities.index': { paramsTuple?: []; params?: {} }
    'api.opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.index': { paramsTuple?: []; params?: {} }
    'opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.cover': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.share_image': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investor.saved': { paramsTuple?: []; params?: {} }
    'nda_signatures.pdf': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.index': { paramsTuple?: []; params?: {} }
    'partner.opportunities.create': { paramsTuple?: []; params?: {} }
    'partner.opportunities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.data_room': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.nda.edit': { paramsTuple?: []; params?: {} }
    'staff.opportunities.index': { paramsTuple?: []; params?: {} }
    'staff.opportunities.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.matches': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.questions.index': { paramsTuple?: []; params?: {} }
    'introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation.calendar': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.create': { paramsTuple?: []; params?: {} }
    'inquiry.thanks': { paramsTuple?: []; params?: {} }
    'investor.interests': { paramsTuple?: []; params?: {} }
    'staff.interests.index': { paramsTuple?: []; params?: {} }
    'crm.pipeline': { paramsTuple?: []; params?: {} }
    'crm.reports': { paramsTuple?: []; params?: {} }
    'crm.contacts.index': { paramsTuple?: []; params?: {} }
    'crm.contacts.duplicates': { paramsTuple?: []; params?: {} }
    'crm.contacts.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.index': { paramsTuple?: []; params?: {} }
    'crm.tasks.index': { paramsTuple?: []; params?: {} }
    'crm.deals.export': { paramsTuple?: []; params?: {} }
    'crm.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.index': { paramsTuple?: []; params?: {} }
    'crm.mail.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.attachment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings': { paramsTuple?: []; params?: {} }
    'partner.payments': { paramsTuple?: []; params?: {} }
    'partner.payments.export': { paramsTuple?: []; params?: {} }
    'investor.club.show': { paramsTuple?: []; params?: {} }
    'investor.payments': { paramsTuple?: []; params?: {} }
    'investor.payments.export': { paramsTuple?: []; params?: {} }
    'staff.payments': { paramsTuple?: []; params?: {} }
    'staff.payments.export': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'municipalities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'directory.index': { paramsTuple?: []; params?: {} }
    'figures.index': { paramsTuple?: []; params?: {} }
    'stories.index': { paramsTuple?: []; params?: {} }
    'stories.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'stories.photo': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'crm.stories.index': { paramsTuple?: []; params?: {} }
    'crm.stories.create': { paramsTuple?: []; params?: {} }
    'crm.stories.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.directory.create': { paramsTuple?: []; params?: {} }
    'crm.directory.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'events.index': { paramsTuple?: []; params?: {} }
    'events.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'events.follow_ups.stop': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.index': { paramsTuple?: []; params?: {} }
    'crm.events.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.impact': { paramsTuple?: []; params?: {} }
    'partner.impact': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'alerts.unsubscribe.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investor.searches.store': { paramsTuple?: []; params?: {} }
    'partner.organisation.invite': { paramsTuple?: []; params?: {} }
    'staff.organisations.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'account.exports.store': { paramsTuple?: []; params?: {} }
    'staff.incentives.store': { paramsTuple?: []; params?: {} }
    'partner.imports.store': { paramsTuple?: []; params?: {} }
    'partner.imports.mapping': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.store': { paramsTuple?: []; params?: {} }
    'staff.imports.mapping': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.imports.commit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.notifications.read_all': { paramsTuple?: []; params?: {} }
    'crm.notifications.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.notifications.settings': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'crm.jobs.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.register_partner.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.update': { paramsTuple?: []; params?: {} }
    'invitations.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.verify_email.resend': { paramsTuple?: []; params?: {} }
    'account.destroy': { paramsTuple?: []; params?: {} }
    'account.time_zone': { paramsTuple?: []; params?: {} }
    'opportunities.save': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.nda': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.questions.store': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.opportunities.store': { paramsTuple?: []; params?: {} }
    'partner.opportunities.submit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.pause': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.reconfirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.documents.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.documents.revoke': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'documentId': ParamValue} }
    'partner.questions.answer': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.nda.update': { paramsTuple?: []; params?: {} }
    'staff.opportunities.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.invite': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.questions.hide': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'webhooks.inbound_mail': { paramsTuple?: []; params?: {} }
    'introductions.accept.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'meetings.invitation.pick': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.store': { paramsTuple?: []; params?: {} }
    'partner.introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'opportunities.interest': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'crm.contacts.merge': { paramsTuple?: []; params?: {} }
    'crm.contacts.duplicates.dismiss': { paramsTuple?: []; params?: {} }
    'crm.deals.bulk.reassign': { paramsTuple?: []; params?: {} }
    'crm.deals.bulk.move': { paramsTuple?: []; params?: {} }
    'crm.deals.bulk.tasks': { paramsTuple?: []; params?: {} }
    'crm.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.reassign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.introductions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.activities.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.toggle': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'taskId': ParamValue} }
    'crm.deals.meetings.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.meetings.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.meetings.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.impact': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.aftercare': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.file': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.mail.dismiss': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.pipelines.store': { paramsTuple?: []; params?: {} }
    'crm.settings.stages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.lost_reasons.store': { paramsTuple?: []; params?: {} }
    'crm.settings.lost_reasons.toggle': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'webhooks.stripe': { paramsTuple?: []; params?: {} }
    'partner.opportunities.feature': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'investor.club.checkout': { paramsTuple?: []; params?: {} }
    'investor.club.portal': { paramsTuple?: []; params?: {} }
    'staff.payments.refund': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.feature': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.store': { paramsTuple?: []; params?: {} }
    'crm.stories.publish': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.unpublish': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.directory.store': { paramsTuple?: []; params?: {} }
    'events.sign_up': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'events.follow_ups.stop.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.store': { paramsTuple?: []; params?: {} }
    'crm.events.import': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.attendees.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.attendees.interest': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'attendeeId': ParamValue} }
  }
  PUT: {
    'investor.profile.update': { paramsTuple?: []; params?: {} }
    'investor.searches.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.incentives.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.stories.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.directory.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.events.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'investor.searches.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.incentives.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'opportunities.unsave': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.opportunities.documents.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'documentId': ParamValue} }
    'crm.stories.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}