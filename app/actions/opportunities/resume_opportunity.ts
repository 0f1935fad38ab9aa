import type Opportunity from '#models/opportunity'
import type User from '#models/user'
import ReconfirmOpportunity from '#actions/opportunities/reconfirm_opportunity'

/**
 * A paused listing goes back on the marketplace. Resuming is also re-confirming:
 * the partner vouches that the data is current again (recorded without a reason).
 */
export default class ResumeOpportunity {
  handle({ opportunity, actor }: { opportunity: Opportunity; actor: User }) {
    return new ReconfirmOpportunity().handle({ opportunity, actor, reason: null })
  }
}
