import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health.show': { paramsTuple?: []; params?: {} }
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
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.verify_email.resend': { paramsTuple?: []; params?: {} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'partner.organisation.invite': { paramsTuple?: []; params?: {} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
    'staff.organisations.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'health.show': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'health.show': { paramsTuple?: []; params?: {} }
    'home': { paramsTuple?: []; params?: {} }
    'auth.login': { paramsTuple?: []; params?: {} }
    'auth.register': { paramsTuple?: []; params?: {} }
    'auth.register_partner': { paramsTuple?: []; params?: {} }
    'auth.password_reset.create': { paramsTuple?: []; params?: {} }
    'auth.password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'invitations.show': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.verify_email': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dashboard': { paramsTuple?: []; params?: {} }
    'partner.organisation.show': { paramsTuple?: []; params?: {} }
    'staff.organisations.index': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'locale.update': { paramsTuple?: []; params?: {} }
    'auth.login.store': { paramsTuple?: []; params?: {} }
    'auth.register.store': { paramsTuple?: []; params?: {} }
    'auth.register_partner.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.store': { paramsTuple?: []; params?: {} }
    'auth.password_reset.update': { paramsTuple?: []; params?: {} }
    'invitations.store': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'auth.logout': { paramsTuple?: []; params?: {} }
    'auth.verify_email.resend': { paramsTuple?: []; params?: {} }
    'partner.organisation.invite': { paramsTuple?: []; params?: {} }
    'staff.organisations.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'staff.organisations.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}