/**
 * The demo's data: the 37 tasks of the published Leverage Record of 2026-04-12, in the order the work
 * was done that day (local times in DEMO_TIMEZONE), with the trailer values a person would have typed.
 * Only inputs live here; every factor and total of the demo's output is computed by the core.
 * The record published only the day's token total (4,129,000); it is spread over the commits by
 * Claude minutes.
 */

import { parseDurationMinutes } from '../trailers/valueGrammar.js';

export const DEMO_DATE = '2026-04-12';
export const DEMO_TIMEZONE = 'America/New_York';

export interface DemoTask {
  /** Local time of the commit on DEMO_DATE, HH:MM. */
  time: string;
  task: string;
  humanEstimate: string;
  claudeMinutes: string;
  supervisoryMinutes: string;
  tokens: string;
  /**
   * Lines the task's commit changes, where it is deliberately far from its estimate (so the Estimate
   * check has something to show); otherwise demoChangedLines works it out from the estimate.
   */
  changedLines?: number;
}

export const DEMO_TASKS: readonly DemoTask[] = [
  { time: '06:37', task: "Implement synthetic student simulator: full backend (RAG brain, decay model, LLM answerer, warm-start seeder, feedback ingestor), 16 Playwright page objects, worker subprocess + orchestrator, verification protocol, FastAPI REST+SSE API, React 19 real-time dashboard, visual audit, unit tests. 84 files, 12,850 LOC.", humanEstimate: '160h', claudeMinutes: '20', supervisoryMinutes: '2', tokens: '134k' },
  { time: '06:55', task: "Build Timeline page for simulator frontend with proficiency chart, activity timeline, and event detail modal", humanEstimate: '8h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '07:08', task: "Audit all websites for 200s: fix S3 Block Public Access + enterprise DNS A record", humanEstimate: '1.5h', claudeMinutes: '5', supervisoryMinutes: '3', tokens: '34k' },
  { time: '07:26', task: "Synthetic student simulator backend foundation: 4 student profiles, config, SQLAlchemy models, SSE events, brain types/prompts/decay/RAG brain/ingestor/seeder/answerer (18 files total)", humanEstimate: '12h', claudeMinutes: '5', supervisoryMinutes: '8', tokens: '34k' },
  { time: '07:44', task: "Convert client React template to static site generator (10 components, full single-page site with 9 sections)", humanEstimate: '6h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '07:53', task: "Wire auth-service login/register URLs into marketing site header + pricing", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k' },
  { time: '08:05', task: "Create compliance-audit doc (SOC 2/GDPR/CCPA) with 12 sections covering all 20 gaps from compliance readiness plan, wire into full readiness audit", humanEstimate: '6h', claudeMinutes: '5', supervisoryMinutes: '2', tokens: '34k' },
  { time: '08:33', task: "Full security audit across 57 repos: 27 checks, 6 sections, secrets detection, dependency security, source maps, prod config safety, infrastructure security, build security", humanEstimate: '8h', claudeMinutes: '20', supervisoryMinutes: '3', tokens: '134k', changedLines: 6 },
  { time: '10:13', task: "Team wiki full build + production deploy: 64 Python files (14 models, 12 services, 15 route files, 93 MCP tools), 31 TypeScript files (9 pages, 9 components, 5 stores, API client), full infrastructure stack (ECR, CodePipeline x2, CodeBuild x2, ALB, CloudFront, S3, Route53 x2, IAM, SSM, RDS), 23 backend tests passing, 4 frontend tests passing, TypeScript clean", humanEstimate: '480h', claudeMinutes: '90', supervisoryMinutes: '5', tokens: '606k' },
  { time: '10:41', task: "Purchase service: API key auth, MCP server (9 tools), 33 new unit/integration tests, E2E Playwright suite, enhanced seed data, admin endpoint fix", humanEstimate: '16h', claudeMinutes: '18', supervisoryMinutes: '5', tokens: '121k' },
  { time: '11:06', task: "Standardize leadership sections, sync CSS, fix branding across all templates, add About to desktop nav across 3 websites", humanEstimate: '4h', claudeMinutes: '15', supervisoryMinutes: '5', tokens: '101k' },
  { time: '11:22', task: "Team wiki phased build plan: 10 phases from scaffolding through production hardening, infrastructure provisioning, all 774 tests mapped to phases, deployment verification checklist, risk mitigations", humanEstimate: '24h', claudeMinutes: '10', supervisoryMinutes: '1', tokens: '67k' },
  { time: '11:40', task: "Convert second client React site to static site generator", humanEstimate: '6h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '11:52', task: "Tear down decommissioned domain (S3 + CloudFront + Route 53 + zone)", humanEstimate: '1h', claudeMinutes: '5', supervisoryMinutes: '2', tokens: '34k' },
  { time: '12:37', task: "Launch recalibration + full marketing tool setup (brand voice, segments, landing pages, experiments, reports, campaigns) + MCP schema fixes + landing page DB migration + LLM key provisioning + static site generator integration", humanEstimate: '40h', claudeMinutes: '35', supervisoryMinutes: '5', tokens: '235k' },
  { time: '12:55', task: "Write website specification (332-line site prompt with 6 case studies)", humanEstimate: '3h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '13:27', task: "Team wiki technical design doc (14 ORM models, 12 services, 9 integrations, MCP server, WebSocket, frontend architecture) + comprehensive testing strategy (774 tests: 538 backend, 141 frontend unit, 95 E2E Playwright covering every CRUD operation)", humanEstimate: '80h', claudeMinutes: '25', supervisoryMinutes: '2', tokens: '168k' },
  { time: '13:57', task: "Comprehensive E2E student journey test: CLF to SAA-C03 with 7 phases (onboarding, 5 activity modes x3 rounds, sick day decay, recovery, practice exam, readiness check)", humanEstimate: '16h', claudeMinutes: '20', supervisoryMinutes: '5', tokens: '134k' },
  { time: '14:06', task: "Fix Block Public Access on 4 client sites", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k' },
  { time: '14:51', task: "Notification service: dual API key auth, MCP server (20 tools), auth-service integration, admin Notifications UI (TipTap editor, send dialog, template list), SSM infrastructure, buildspec updates, tests (473 passing), four docs, deploy to prod across 4 repos", humanEstimate: '80h', claudeMinutes: '35', supervisoryMinutes: '5', tokens: '235k' },
  { time: '15:03', task: "Create health monitoring tool MCP server (config, client, server with 17 tools, requirements, venv)", humanEstimate: '3h', claudeMinutes: '4', supervisoryMinutes: '3', tokens: '27k' },
  { time: '15:14', task: "Fix personal site SiteName mismatch + deploy 72-page staging", humanEstimate: '0.75h', claudeMinutes: '4', supervisoryMinutes: '2', tokens: '27k' },
  { time: '15:59', task: "Debug auth services, fix JWT key permissions + buildspec quoting, fix calendar tool health endpoint, deploy health monitoring tool, create 4 MCP servers (relationship tracker/health monitor/calendar tool/email client), update service dashboard with MCP tab, provision infrastructure, generate service tokens, update CORS origins", humanEstimate: '40h', claudeMinutes: '35', supervisoryMinutes: '5', tokens: '235k' },
  { time: '16:09', task: "Deploy main marketing site to staging and production", humanEstimate: '1h', claudeMinutes: '3', supervisoryMinutes: '2', tokens: '20k' },
  { time: '16:31', task: "Comprehensive test suite for synthetic student simulator: 576 tests across 19 test files, coverage 9% to 82%. Brain tests, API+services tests, worker tests (all 17 page objects).", humanEstimate: '40h', claudeMinutes: '15', supervisoryMinutes: '2', tokens: '101k' },
  { time: '16:54', task: "Close onboarding roadmap refresh gaps: engine proficiency-summary endpoint, refresh handler with live reranking and mastery pruning, 10 tests", humanEstimate: '12h', claudeMinutes: '15', supervisoryMinutes: '3', tokens: '101k' },
  { time: '17:14', task: "Add tabbed directory/launch page to service dashboard with tool icons, production URLs, and 7 website sections", humanEstimate: '3h', claudeMinutes: '12', supervisoryMinutes: '3', tokens: '81k' },
  { time: '17:32', task: "Lab testing framework scaffold: generator, base class, conftest, 132 test files covering 2048 labs", humanEstimate: '16h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '18:36', task: "Full readiness audit + security audit + ecosystem inventory: 57 repos, 10,305 tests, 1 CRITICAL fixed (live API key leak), 8 total defects repaired", humanEstimate: '40h', claudeMinutes: '56', supervisoryMinutes: '3', tokens: '377k' },
  { time: '18:55', task: "Full readiness audit: services + libraries (5 repos), fix auth-client test mocks and bug-reporter build", humanEstimate: '2h', claudeMinutes: '11', supervisoryMinutes: '3', tokens: '74k' },
  { time: '19:13', task: "Enterprise website content expansion: Origin and Compliance pages with nav/footer/homepage updates", humanEstimate: '8h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '19:28', task: "Write client website specification (military palette)", humanEstimate: '2h', claudeMinutes: '6', supervisoryMinutes: '4', tokens: '40k' },
  { time: '19:51', task: "Team wiki tool: repo creation, comprehensive requirements doc with data models, API design, 90 MCP tools, 9 tool integrations, frontend spec, deployment config", humanEstimate: '40h', claudeMinutes: '15', supervisoryMinutes: '3', tokens: '101k' },
  { time: '20:07', task: "Create complete relationship tracker MCP server (57 tools) with config, client, server, requirements, and venv", humanEstimate: '6h', claudeMinutes: '8', supervisoryMinutes: '3', tokens: '54k' },
  { time: '20:16', task: "Create client site static site scaffold", humanEstimate: '0.5h', claudeMinutes: '2', supervisoryMinutes: '2', tokens: '13k', changedLines: 1500 },
  { time: '20:34', task: "Create synthetic student simulator repo scaffold with comprehensive docs suite (requirements, design, technical strategy, IP analysis, CLAUDE.md, README.md), initialize git, create repo, update root docs", humanEstimate: '16h', claudeMinutes: '8', supervisoryMinutes: '5', tokens: '54k' },
  { time: '21:49', task: "Comprehensive E2E student journey: 16-step tour, 5 activity modes, 75 activities, sick day simulation, exam, visual audit (29 issues found), tour update with 8 new features, proxy fix", humanEstimate: '40h', claudeMinutes: '60', supervisoryMinutes: '10', tokens: '403k' },
];

/** Lines per estimated hour in the demo's commits: a plausible pace for a person writing the change. */
export const DEMO_LINES_PER_HOUR = 30;

/** A fixed spread around that pace (0.6x to 1.5x), so the demo's tasks differ as real ones do but stay within the check's 4x. */
const DEMO_LINE_SPREAD: readonly number[] = [1, 1.4, 0.7, 1.2, 0.8, 1.5, 0.9, 1.1, 0.6, 1.3];

/**
 * The lines the commit of the `index`-th demo task changes: its `changedLines` where it is
 * deliberately off, otherwise about DEMO_LINES_PER_HOUR per estimated hour, spread by its place.
 */
export function demoChangedLines(task: DemoTask, index: number): number {
  if (task.changedLines !== undefined) return task.changedLines;
  const hours = (parseDurationMinutes(task.humanEstimate, 'h', 8) ?? 0) / 60;
  return Math.max(1, Math.round(hours * DEMO_LINES_PER_HOUR * (DEMO_LINE_SPREAD[index % DEMO_LINE_SPREAD.length] as number)));
}
