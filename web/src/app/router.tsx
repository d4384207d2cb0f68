import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin, RequireRoles, RequireSession } from './guards';
import { AppLayout } from './layout/app-layout';
import { pageRoles } from './navigation';
import { LoginRoute } from './routes/login';
import { RouteError } from './routes/route-error';

/**
 * Pages load on first visit, so the sign-in page does not wait for the code of tables,
 * trees and date pickers it never shows.
 */
function page(load: () => Promise<ComponentType>): RouteObject['lazy'] {
  return async () => ({ Component: await load() });
}

function onlyFor(page: keyof typeof pageRoles, route: RouteObject): RouteObject {
  return { element: <RequireRoles roles={pageRoles[page]} />, children: [route] };
}

const appPages: RouteObject[] = [
  { path: '/', lazy: page(() => import('./routes/home').then((m) => m.HomeRoute)) },
  onlyFor('agencies', {
    path: '/agencies',
    lazy: page(() => import('./routes/agencies').then((m) => m.AgenciesRoute)),
  }),
  onlyFor('officers', {
    path: '/officers',
    lazy: page(() => import('./routes/officers').then((m) => m.OfficersRoute)),
  }),
  {
    path: '/officers/:officerId',
    lazy: page(() => import('./routes/officer-detail').then((m) => m.OfficerDetailRoute)),
  },
  onlyFor('users', {
    path: '/users',
    lazy: page(() => import('./routes/users').then((m) => m.UsersRoute)),
  }),
  onlyFor('records', {
    path: '/records',
    lazy: page(() => import('./routes/records').then((m) => m.RecordsRoute)),
  }),
  onlyFor('leadNew', {
    path: '/leads/new',
    lazy: page(() => import('./routes/lead-new').then((m) => m.LeadNewRoute)),
  }),
  onlyFor('cases', {
    path: '/leads',
    lazy: page(() => import('./routes/leads').then((m) => m.LeadsRoute)),
  }),
  onlyFor('cases', {
    path: '/leads/:leadId',
    lazy: page(() => import('./routes/lead-detail').then((m) => m.LeadDetailRoute)),
  }),
  onlyFor('cases', {
    path: '/cases',
    lazy: page(() => import('./routes/cases').then((m) => m.CasesRoute)),
  }),
  onlyFor('cases', {
    path: '/cases/:caseId',
    lazy: page(() => import('./routes/case-detail').then((m) => m.CaseDetailRoute)),
  }),
  onlyFor('summary', {
    path: '/summary',
    lazy: page(() => import('./routes/summary').then((m) => m.SummaryRoute)),
  }),
  onlyFor('supervision', {
    path: '/supervision',
    lazy: page(() => import('./routes/supervision').then((m) => m.SupervisionRoute)),
  }),
  {
    path: '/calendar',
    lazy: page(() => import('./routes/calendar').then((m) => m.CalendarRoute)),
  },
  { path: '/laws', lazy: page(() => import('./routes/laws').then((m) => m.LawsRoute)) },
  {
    path: '/violations',
    lazy: page(() => import('./routes/violations').then((m) => m.ViolationsRoute)),
  },
  {
    path: '/violations/:code',
    lazy: page(() => import('./routes/violation-detail').then((m) => m.ViolationDetailRoute)),
  },
  {
    path: '/benchmarks',
    lazy: page(() => import('./routes/benchmarks').then((m) => m.BenchmarksRoute)),
  },
  onlyFor('templates', {
    path: '/templates',
    lazy: page(() => import('./routes/templates').then((m) => m.TemplatesRoute)),
  }),
  onlyFor('imports', {
    path: '/imports',
    lazy: page(() => import('./routes/imports').then((m) => m.ImportsRoute)),
  }),
  { path: '*', lazy: page(() => import('./routes/not-found').then((m) => m.NotFoundRoute)) },
];

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    HydrateFallback: FullPageSpin,
    children: [
      { path: '/login', element: <LoginRoute /> },
      {
        element: <RequireSession />,
        children: [
          {
            path: '/change-password',
            lazy: page(() => import('./routes/change-password').then((m) => m.ChangePasswordRoute)),
          },
          { element: <AppLayout />, children: appPages },
        ],
      },
    ],
  },
]);
