import type { LinksFunction, MetaFunction } from "@remix-run/node";
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useMatches,
  useParams,
  useRouteError,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { WORKSHOP_CLOSED } from "~/domain/workshop";
import { useNonce } from "~/http/nonce";
import stylesheet from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Common Ground" }];

/**
 * A route whose page needs no JavaScript (everything on it is a link, a native
 * disclosure or a plain form) says `handle = { hydrate: false }`: its page then
 * ships and runs none of the app's scripts. Reached by a client-side
 * navigation, it still renders in the running app.
 */
export interface RouteHandle {
  hydrate?: boolean;
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const hydrate = !useMatches().some((match) => (match.handle as RouteHandle | undefined)?.hydrate === false);
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="width-container site-header__inner">
            <Link to="/" className="site-header__name">
              Common Ground
            </Link>
            <nav aria-label="Site">
              <ul className="site-nav">
                <li>
                  <Link to="/checks/new">Start a check</Link>
                </li>
                <li>
                  <Link to="/how-scoring-works">How the score works</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <div className="width-container">
          <main id="main" className="main" tabIndex={-1}>
            {children}
          </main>
        </div>
        <footer className="site-footer">
          <div className="width-container">
            <p>
              Common Ground helps voluntary organisations and prime contractors test a partnership before they sign.
              Answers stay sealed until both sides have submitted.
            </p>
          </div>
        </footer>
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const params = useParams();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <>
        <h1>Page not found</h1>
        <p>
          If you followed a link to a partnership check, the link may be incomplete, or the check may have been deleted.
        </p>
        <p>
          Check that you copied the whole link. If it still does not work, ask the person who sent it for a new one.
        </p>
        <p>
          <Link to="/">Go to the Common Ground home page</Link>
        </p>
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 410 && error.data === WORKSHOP_CLOSED) {
    // A save or submission that reached a workshop the facilitator had just closed (issue 18).
    return (
      <>
        <h1>This workshop has closed</h1>
        <p>{WORKSHOP_CLOSED}</p>
        {params.checkId && params.side ? (
          <p>
            <Link to={`/checks/${params.checkId}/${params.side}`}>Back to your answers and your result</Link>
          </p>
        ) : null}
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 410) {
    return (
      <>
        <h1>This link has been replaced</h1>
        <p>
          This link has been replaced with a new one, so it no longer works, and anyone who was using it has been signed
          out. Any answers already saved are safe.
        </p>
        <p>Ask whoever gave you the link for the new one.</p>
      </>
    );
  }
  if (isRouteErrorResponse(error) && error.status === 403) {
    const thing = params.reviewId
      ? "stakeholder review"
      : params.searchId
        ? "partner search"
        : params.workshopId
          ? "workshop"
          : "partnership check";
    return (
      <>
        <h1>Open your link again</h1>
        <p>
          To see this page, open the private link you were sent for this {thing}. If you started the {thing}, use the
          link you saved when you created it.
        </p>
        <p>
          If you were answering questions, nothing you typed is lost: open your link in a new tab, then use your
          browser’s Back button here and save again.
        </p>
        <p>
          Opening your link signs you in on this device for up to 7 days; after 24 hours without using it, or when you
          sign out, open it again.
        </p>
      </>
    );
  }
  if (isRouteErrorResponse(error)) {
    return (
      <>
        <h1>{error.status === 429 ? "Too many requests" : "Sorry, that did not work"}</h1>
        <p>{typeof error.data === "string" ? error.data : "Please go back and try again."}</p>
      </>
    );
  }
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Please try again later. Your saved answers are safe.</p>
    </>
  );
}
