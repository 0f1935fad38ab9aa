import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.show': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.opportunities.index': { paramsTuple?: []; params?: {} }
    'api.opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
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
    'introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.accept.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.create': { paramsTuple?: []; params?: {} }
    'inquiry.store': { paramsTuple?: []; params?: {} }
    'inquiry.thanks': { paramsTuple?: []; params?: {} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.verify_email.resend': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'opportunities.index': { paramsTuple?: []; params?: {} }
    'opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.cover': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'municipalities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.save': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.unsave': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.interest': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.nda': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'investor.saved': { paramsTuple?: []; params?: {} }
    'investor.interests': { paramsTuple?: []; params?: {} }
    'investor.profile.edit': { paramsTuple?: []; params?: {} }
    'investor.profile.update': { paramsTuple?: []; params?: {} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'partner.organisation.invite': { paramsTuple?: []; params?: {} }
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
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'staff.organisations.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.index': { paramsTuple?: []; params?: {} }
    'staff.opportunities.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.interests.index': { paramsTuple?: []; params?: {} }
    'crm.pipeline': { paramsTuple?: []; params?: {} }
    'crm.reports': { paramsTuple?: []; params?: {} }
    'crm.jobs.index': { paramsTuple?: []; params?: {} }
    'crm.jobs.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.index': { paramsTuple?: []; params?: {} }
    'crm.deals.export': { paramsTuple?: []; params?: {} }
    'crm.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.reassign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.introductions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.activities.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.toggle': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'taskId': ParamValue} }
    'crm.settings': { paramsTuple?: []; params?: {} }
    'crm.settings.pipelines.store': { paramsTuple?: []; params?: {} }
    'crm.settings.stages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.lost_reasons.store': { paramsTuple?: []; params?: {} }
    'crm.settings.lost_reasons.toggle': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'health.show': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.opportunities.index': { paramsTuple?: []; params?: {} }
    'api.opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.create': { paramsTuple?: []; params?: {} }
    'inquiry.thanks': { paramsTuple?: []; params?: {} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'opportunities.index': { paramsTuple?: []; params?: {} }
    'opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.cover': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'municipalities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'investor.saved': { paramsTuple?: []; params?: {} }
    'investor.interests': { paramsTuple?: []; params?: {} }
    'investor.profile.edit': { paramsTuple?: []; params?: {} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'partner.opportunities.index': { paramsTuple?: []; params?: {} }
    'partner.opportunities.create': { paramsTuple?: []; params?: {} }
    'partner.opportunities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'staff.opportunities.index': { paramsTuple?: []; params?: {} }
    'staff.interests.index': { paramsTuple?: []; params?: {} }
    'crm.pipeline': { paramsTuple?: []; params?: {} }
    'crm.reports': { paramsTuple?: []; params?: {} }
    'crm.jobs.index': { paramsTuple?: []; params?: {} }
    'crm.deals.index': { paramsTuple?: []; params?: {} }
    'crm.deals.export': { paramsTuple?: []; params?: {} }
    'crm.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'health.show': { paramsTuple?: []; params?: {} }
    'api.docs': { paramsTuple?: []; params?: {} }
    'api.opportunities.index': { paramsTuple?: []; params?: {} }
    'api.opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'introductions.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.create': { paramsTuple?: []; params?: {} }
    'inquiry.thanks': { paramsTuple?: []; params?: {} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'opportunities.index': { paramsTuple?: []; params?: {} }
    'opportunities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.cover': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'municipalities.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'investor.saved': { paramsTuple?: []; params?: {} }
    'investor.interests': { paramsTuple?: []; params?: {} }
    'investor.profile.edit': { paramsTuple?: []; params?: {} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'partner.opportunities.index': { paramsTuple?: []; params?: {} }
    'partner.opportunities.create': { paramsTuple?: []; params?: {} }
    'partner.opportunities.edit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'staff.opportunities.index': { paramsTuple?: []; params?: {} }
    'staff.interests.index': { paramsTuple?: []; params?: {} }
    'crm.pipeline': { paramsTuple?: []; params?: {} }
    'crm.reports': { paramsTuple?: []; params?: {} }
    'crm.jobs.index': { paramsTuple?: []; params?: {} }
    'crm.deals.index': { paramsTuple?: []; params?: {} }
    'crm.deals.export': { paramsTuple?: []; params?: {} }
    'crm.deals.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.register_partner.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.update': { paramsTuple?: []; params?: {} }
    'invitations.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'introductions.accept.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'introductions.decline.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'inquiry.store': { paramsTuple?: []; params?: {} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.verify_email.resend': { paramsTuple?: []; params?: {} }
    'opportunities.save': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.interest': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'opportunities.nda': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.organisation.invite': { paramsTuple?: []; params?: {} }
    'partner.opportunities.store': { paramsTuple?: []; params?: {} }
    'partner.opportunities.submit': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.pause': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.resume': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.close': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.reconfirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'partner.opportunities.documents.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.opportunities.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.jobs.retry': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.reassign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.introductions.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.activities.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.deals.tasks.toggle': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'taskId': ParamValue} }
    'crm.settings.pipelines.store': { paramsTuple?: []; params?: {} }
    'crm.settings.stages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.move': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.lost_reasons.store': { paramsTuple?: []; params?: {} }
    'crm.settings.lost_reasons.toggle': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'opportunities.unsave': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'partner.opportunities.documents.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'documentId': ParamValue} }
  }
  PUT: {
    'investor.profile.update': { paramsTuple?: []; params?: {} }
    'partner.opportunities.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'crm.settings.stages.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}