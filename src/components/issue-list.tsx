import type { ValidationIssue } from '../domain/index.ts';

/** A file's problems, one per line, with the JSON path in code type so authors can find the spot. */
export function IssueList({ heading, issues }: { heading: string; issues: readonly ValidationIssue[] }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>{heading}</p>
      <ul className="issue-list">
        {issues.slice(0, 50).map((issue, index) => (
          <li key={`${issue.path}-${index}`}>
            {issue.path ? <code>{issue.path}</code> : null} {issue.message}
          </li>
        ))}
        {issues.length > 50 ? <li>… (+{issues.length - 50})</li> : null}
      </ul>
    </div>
  );
}
