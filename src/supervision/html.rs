//! The read-only parts of the supervision loop as escaped HTML: an item's
//! stepper (its stage, then each step dated, with who, its note, evidence or
//! reasons, and the days since the step before, the current one said in
//! words) and the printed notice (督办单). The shell sets each as one
//! piece ([`crate::html`]).

use super::{days_past_due, reply_state, stage, step_rows};
use crate::command::label_of;
use crate::html::{elem, text};
use crate::i18n::Catalog;
use crate::model::{Id, Kind, Notice, Plan, StepKind};
use std::fmt::Write;

/// `<time datetime="d">d</time>`.
fn time(out: &mut String, d: crate::model::Date) {
    let _ = write!(out, "<time datetime=\"{d}\">{d}</time>");
}

/// The stage of `task` in words, then its steps as an ordered list (or the
/// words for none).
pub fn stepper_html(out: &mut String, t: &Catalog, plan: &Plan, task: &Id) {
    let s = t.supervision;
    let rows = step_rows(plan, task);
    let last = rows.last().map(|(step, _)| step.kind);
    elem(
        out,
        "p",
        "lc-stage",
        &(s.stage_now)((s.stage_name)(stage(last))),
    );
    if rows.is_empty() {
        elem(out, "p", "empty", s.no_steps);
        return;
    }
    out.push_str("<ol class=\"stepper\">");
    let n = rows.len();
    for (i, (step, days)) in rows.into_iter().enumerate() {
        let current = i + 1 == n;
        out.push_str(if current {
            "<li class=\"step current\" aria-current=\"step\"><p class=\"step-head\">"
        } else {
            "<li class=\"step\"><p class=\"step-head\">"
        });
        elem(out, "span", "step-name", (s.step_name)(step.kind));
        out.push(' ');
        time(out, step.date);
        if current {
            out.push(' ');
            elem(out, "strong", "step-current", s.current_step);
        }
        out.push_str("</p>");
        let note_label = if step.kind == StepKind::CompletionReported {
            s.evidence_label
        } else {
            s.note_label
        };
        for (label, value) in [
            (s.by_label, &step.by),
            (note_label, &step.note),
            (s.reasons_label, &step.reasons),
        ] {
            if !value.trim().is_empty() {
                elem(out, "p", "step-text", &(s.pair)(label, value));
            }
        }
        if let Some(d) = days {
            elem(out, "p", "step-days", &(s.days_after)(d));
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}

/// `notice` as the one-page document the office sends: the office, the
/// title and number, to whom, the item, the level, what is asked and the
/// reply due, the request, the signature and date, and the reply once
/// there.
pub fn notice_doc_html(out: &mut String, t: &Catalog, plan: &Plan, n: &Notice) {
    let s = t.supervision;
    let office = if plan.issuer.trim().is_empty() {
        &plan.title
    } else {
        &plan.issuer
    };
    out.push_str(
        "<article class=\"notice-doc\" aria-labelledby=\"nd-title\"><header class=\"nd-head\">",
    );
    elem(out, "p", "nd-office", office);
    elem(out, "h1 id=\"nd-title\"", "", s.print_title);
    elem(out, "p", "nd-number", &n.number);
    out.push_str("</header><dl class=\"nd-fields\">");
    let row = |out: &mut String, label: &str, value: &str, class: &str| {
        out.push_str("<div>");
        elem(out, "dt", "", label);
        elem(out, "dd", class, value);
        out.push_str("</div>");
    };
    row(out, s.print_to, &label_of(plan, Kind::Unit, &n.unit), "");
    row(out, s.print_item, &label_of(plan, Kind::Task, &n.task), "");
    row(out, s.print_level, (s.level_name)(n.level), "");
    row(out, s.print_asked, &n.asked, "nd-text");
    out.push_str("<div>");
    elem(out, "dt", "", s.print_due);
    out.push_str("<dd>");
    time(out, n.reply_due);
    out.push_str("</dd></div></dl>");
    elem(out, "p", "nd-request", &(s.print_reply_by)(n.reply_due));
    out.push_str("<footer class=\"nd-sign\">");
    elem(out, "p", "", &(s.pair)(s.print_office, office));
    elem(
        out,
        "p",
        "",
        &(s.pair)(s.print_issued, &n.issued.to_string()),
    );
    out.push_str("</footer>");
    if let Some(r) = &n.reply {
        out.push_str("<section class=\"nd-reply\" aria-labelledby=\"nd-reply-title\">");
        elem(out, "h2 id=\"nd-reply-title\"", "", s.print_reply);
        out.push_str("<p>");
        time(out, r.date);
        if !r.by.is_empty() {
            out.push_str(" · ");
            text(out, &r.by);
        }
        out.push_str(" · ");
        text(
            out,
            &(s.reply_status)(reply_state(n, r.date), days_past_due(n, r.date)),
        );
        out.push_str("</p>");
        elem(out, "p", "nd-text", &r.text);
        out.push_str("</section>");
    }
    out.push_str("</article>");
}

/// `notice` as a self-contained HTML file in `lang` (a language tag): the
/// document of [`notice_doc_html`] with its own style sheet `css` inlined
/// ([`crate::saved_sheets::NOTICE`]), no script, no link.
pub fn notice_document(t: &Catalog, lang: &str, plan: &Plan, n: &Notice, css: &str) -> String {
    let mut body = String::with_capacity(4096);
    notice_doc_html(&mut body, t, plan, n);
    let title = format!("{} {}", t.supervision.print_title, n.number);
    crate::period_report::html_document(lang, &title, css, &body)
}

/// The saved notice's name: the word for a notice and its number (made
/// safe for a file name), `.html`.
pub fn notice_file_name(t: &Catalog, n: &Notice) -> String {
    match crate::format::safe_file_stem(&n.number) {
        number if number.is_empty() => format!("{}.html", t.supervision.print_title),
        number => format!("{} {number}.html", t.supervision.print_title),
    }
}

/// The notices on `task` as a list, each with its number, level, unit,
/// dates, what is asked and how its reply stands on `today` in words, the
/// reply once there, a "record the reply" button (`data-reply` holds the
/// notice's id; `aria-expanded` says whether `open` is it) while there is
/// none, and a link to its printable page (`search`: the address's query,
/// whose language and day the link keeps). The words for none when there
/// are none.
pub fn notices_html(
    out: &mut String,
    t: &Catalog,
    plan: &Plan,
    task: &Id,
    today: crate::model::Date,
    open: Option<&Id>,
    search: &str,
) {
    use crate::model::Choice;
    let s = t.supervision;
    let mut any = false;
    for n in plan.notices.iter().filter(|n| &n.task == task) {
        if !any {
            out.push_str("<ul class=\"notice-list\" aria-label=\"");
            text(out, s.notice_list_label);
            out.push_str("\">");
            any = true;
        }
        let state = reply_state(n, today);
        out.push_str("<li class=\"sv-notice\"><p class=\"notice-head\">");
        elem(out, "strong", "notice-number", &n.number);
        let _ = write!(
            out,
            " <span class=\"notice-level\" data-level=\"{}\">",
            n.level.key()
        );
        text(out, (s.level_name)(n.level));
        out.push_str("</span> · ");
        text(out, &label_of(plan, Kind::Unit, &n.unit));
        out.push_str(" · <span>");
        text(out, s.field_issued);
        out.push(' ');
        time(out, n.issued);
        out.push_str("</span></p>");
        elem(out, "p", "notice-asked", &n.asked);
        out.push_str("<p class=\"notice-due\">");
        text(out, s.field_reply_due);
        out.push(' ');
        time(out, n.reply_due);
        let key = match state {
            super::ReplyState::Pending => "pending",
            super::ReplyState::OnTime => "ontime",
            super::ReplyState::Late => "late",
            super::ReplyState::Missing => "missing",
        };
        let _ = write!(out, " · <span class=\"reply-status\" data-state=\"{key}\">");
        text(out, &(s.reply_status)(state, days_past_due(n, today)));
        out.push_str("</span></p>");
        if let Some(r) = &n.reply {
            out.push_str("<p class=\"notice-reply\">");
            text(out, s.row_reply_date);
            out.push(' ');
            time(out, r.date);
            if !r.by.is_empty() {
                out.push_str(" · ");
                text(out, &r.by);
            }
            out.push_str("</p>");
            elem(out, "p", "notice-reply-text", &r.text);
        }
        out.push_str("<div class=\"notice-actions\">");
        if n.reply.is_none() {
            out.push_str("<button type=\"button\" data-reply=\"");
            text(out, n.id.as_str());
            let _ = write!(out, "\" aria-expanded=\"{}\">", open == Some(&n.id));
            text(out, s.record_reply);
            elem(out, "span", "visually-hidden", &format!(" {}", n.number));
            out.push_str("</button>");
        }
        out.push_str("<a href=\"");
        text(
            out,
            &crate::route::Route::Notice(n.id.clone()).to_query(search),
        );
        out.push_str("\">");
        text(out, s.print_notice);
        elem(out, "span", "visually-hidden", &format!(" {}", n.number));
        out.push_str("</a></div></li>");
    }
    if any {
        out.push_str("</ul>");
    } else {
        elem(out, "p", "empty", s.no_notices);
    }
}
