/**
 * `izp-sdk/define`: registers every element. The provider (`izp-plan`) is defined first, so that
 * consumers already in the page find it (a consumer upgraded before its provider never gets the plan).
 */
import './define/izp-plan.js';
import './define/izp-goal.js';
import './define/izp-agreement.js';
import './define/izp-overview.js';
import './define/izp-history.js';
import './define/izp-care-team.js';
import './define/izp-evaluation.js';
import './define/izp-consultation.js';
import './define/izp-modules.js';
import './define/izp-profile.js';
import './define/izp-measurements.js';
import './define/izp-host-data.js';
import './define/izp-diary.js';
import './define/izp-links.js';
