/**
 * The relationships area: relationship evidence from the LinkedIn export (warmth with reasons,
 * cadence, last contact) and the Losing touch view. Other areas use it through this file.
 */
export { createEvidenceService, type EvidenceService } from './evidenceService';
export { registerLosingTouchView } from './losingTouchView';
