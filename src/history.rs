//! The History's page as one piece of escaped HTML: the plan's changes,
//! newest first, its first `limit` rows; a removal that can still be
//! brought back ([`crate::removed`]) has its button (`data-change`, the
//! change's place in the plan's history), and a long history a button that
//! shows more (`data-more`). The view handles both with one click handler.

use crate::html::{elem, text};
use crate::i18n::Catalog;
use crate::model::{Change, Plan};
use crate::removed::{check, Hold, Removed};
use std::fmt::Write;

/// How many changes are shown at first, and added by "Show more".
pub const PAGE: usize = 200;

/// What a history row offers about the removal it records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    Nothing,
    BringBack,
    Changed,
}

/// What can be done about `c`, given the removals kept.
pub fn offer(plan: &Plan, removed: &[Removed], c: &Change) -> Offer {
    match removed.iter().rev().find(|r| r.entry == *c) {
        None => Offer::Nothing,
        Some(r) => match check(plan, r) {
            Hold::Ready => Offer::BringBack,
            Hold::Back => Offer::Nothing,
            Hold::Changed { .. } => Offer::Changed,
        },
    }
}

/// Writes the History's table of the newest `limit` changes, and below it
/// how many are shown with a button for more; or a paragraph saying there
/// are none.
pub fn history_html(out: &mut String, t: &Catalog, plan: &Plan, removed: &[Removed], limit: usize) {
    if plan.history.is_empty() {
        elem(out, "p", "empty", t.history_empty);
        return;
    }
    out.push_str("<div class=\"card table-wrap\"><table class=\"grid-table\"><thead><tr>");
    for col in [t.col_when, t.col_who, t.col_what] {
        elem(out, "th scope=\"col\"", "", col);
    }
    out.push_str("</tr></thead><tbody>");
    let total = plan.history.len();
    for (place, c) in plan.history.iter().enumerate().rev().take(limit) {
        row(out, t, place, c, offer(plan, removed, c));
    }
    out.push_str("</tbody></table></div>");
    if total > limit {
        out.push_str("<div class=\"history-more\">");
        elem(out, "p", "", &(t.history_shown)(limit, total));
        out.push_str("<button type=\"button\" data-more=\"\">");
        text(out, &(t.history_more)(PAGE.min(total - limit)));
        out.push_str("</button></div>");
    }
}

/// One change: when, who, what it did, and what can still be done about it.
fn row(out: &mut String, t: &Catalog, place: usize, c: &Change, offer: Offer) {
    let when = c.at.replace('T', " ").chars().take(19).collect::<String>();
    let who = match (c.by.is_empty(), c.unit.is_empty()) {
        (true, true) => t.anonymous.to_string(),
        (false, true) => c.by.clone(),
        (true, false) => c.unit.clone(),
        (false, false) => format!("{} · {}", c.by, c.unit),
    };
    let what = (t.history.sentence)(c);
    out.push_str("<tr><td class=\"date\"><time datetime=\"");
    text(out, &c.at);
    out.push_str("\">");
    text(out, &when);
    out.push_str("</time></td>");
    elem(out, "td", "", &who);
    out.push_str("<th scope=\"row\" class=\"title\">");
    text(out, &what);
    match offer {
        Offer::Nothing => {}
        Offer::BringBack => {
            let _ = write!(
                out,
                "<button type=\"button\" class=\"quiet history-bring-back\" \
                 data-change=\"{place}\" aria-label=\""
            );
            text(out, &format!("{}: {what}", t.bring_back));
            out.push_str("\">");
            text(out, t.bring_back);
            out.push_str("</button>");
        }
        Offer::Changed => elem(out, "span", "history-changed", t.bring_back_changed),
    }
    out.push_str("</th></tr>");
}
