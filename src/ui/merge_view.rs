//! The merge step, shown while `state.pending` holds unit report files: the
//! files (a report for another plan is left out unless the user ticks it),
//! then what merging them all would do (new, already here, not in this plan)
//! and every conflict with both versions side by side for the user to
//! decide. "Merge" applies [`crate::merge::merge_command`] as one undoable
//! change; "Cancel" changes nothing. The rules are in `crate::merge`.

use super::form::send_from;
use super::html::{follow_link, search};
use super::ids::new_id;
use super::projects::fmt_num;
use super::state::use_state;
use super::state::Pending;
use crate::command::task_label;
use crate::format::unit_report::UnitReport;
use crate::html::{elem, link, text};
use crate::i18n::{Catalog, Num};
use crate::merge::{
    conflict_groups, group_resolutions, merge_command, new_items, preview, tally, Conflict,
    Contribution, MergePreview, Resolution, Source, Unmatched,
};
use crate::model::{Actual, FilesIn, Id, Plan, Subject, Update as Report};
use crate::period::Period;
use crate::route::Route;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::ui::widgets::{dynamic, tr};
use leptos::prelude::*;
use std::fmt::Write;

/// Renders the step while unit reports wait, nothing otherwise.
#[component]
pub fn MergeView() -> impl IntoView {
    let state = use_state();
    // Borrowed, not `get()`: a pending plan file (a province's year) is not
    // copied to learn that it is not reports.
    let files = memo(move || {
        state.pending.with(|p| match p {
            Some(Pending::Reports { files }) => Some(files.clone()),
            _ => None,
        })
    });
    move || files.get().map(|files| view! { <MergeStep files /> })
}

/// The preview of the included files, and which file each preview index is.
#[derive(Clone, Debug, PartialEq)]
struct Merged {
    preview: MergePreview,
    /// The conflicts as decided: one disagreement from several files once.
    groups: Vec<Vec<usize>>,
    /// `chosen[n]` is the index in the picked files of the preview's file `n`.
    chosen: Vec<usize>,
}

/// A period in words, or as written when it cannot be read.
fn period_words(t: &Catalog, period: &str) -> String {
    Period::parse(period)
        .map(t.report.period_name)
        .unwrap_or_else(|| period.to_string())
}

/// What a report is on, as the user knows it: code and title, or the project's name.
fn subject_label(plan: &Plan, subject: &Subject) -> String {
    match subject {
        Subject::Task(id) => plan
            .task(id)
            .map(task_label)
            .unwrap_or_else(|| id.to_string()),
        Subject::Project(id) => plan
            .project(id)
            .map(|p| p.name.clone())
            .unwrap_or_else(|| id.to_string()),
    }
}

fn subject_route(subject: &Subject) -> Route {
    match subject {
        Subject::Task(id) => Route::Task(id.clone()),
        Subject::Project(id) => Route::Project(id.clone()),
    }
}

fn indicator_name(plan: &Plan, id: &Id) -> String {
    plan.indicator(id)
        .map(|i| i.name.clone())
        .unwrap_or_else(|| id.to_string())
}

#[component]
fn MergeStep(files: Vec<(String, UnitReport)>) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let x = move || state.t().exchange;
    let heading = NodeRef::<leptos::html::H2>::new();
    // Keyboard and screen reader users land on the step.
    effect(move || {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let plan_id = state.plan.with_untracked(|p| p.id.clone());
    let included = RwSignal::new(
        files
            .iter()
            .map(|(_, r)| r.plan == plan_id)
            .collect::<Vec<bool>>(),
    );
    let contributions: StoredValue<Vec<Contribution>> =
        StoredValue::new(files.iter().map(|(_, r)| r.contribution()).collect());
    let count = files.len();
    let files = StoredValue::new(files);
    let merged = memo(move || {
        let chosen: Vec<usize> = included.with(|inc| {
            inc.iter()
                .enumerate()
                .filter_map(|(i, on)| on.then_some(i))
                .collect()
        });
        let picked: Vec<Contribution> =
            contributions.with_value(|all| chosen.iter().map(|&i| all[i].clone()).collect());
        let preview = state.plan.with(|p| preview(p, &picked));
        let groups = conflict_groups(&preview);
        Merged {
            preview,
            groups,
            chosen,
        }
    });
    // One choice per group of conflicts.
    let resolutions = RwSignal::new(Vec::<Resolution>::new());
    // A different set of conflicts starts with every choice on "keep current".
    effect(move || {
        let n = merged.with(|m| m.groups.len());
        resolutions.set(vec![Resolution::KeepCurrent; n]);
    });
    let file_name = move |n: usize| -> String {
        let i = merged.with_untracked(|m| m.chosen.get(n).copied().unwrap_or(n));
        files.with_value(|f| f.get(i).map(|(name, _)| name.clone()).unwrap_or_default())
    };

    let file_rows = move || {
        let t = t();
        let x = t.exchange;
        let current = state.plan.with(|p| p.id.clone());
        files.with_value(|all| {
            all.iter()
                .enumerate()
                .map(|(i, (name, report))| {
                    let ours = report.plan == current;
                    let unit = state.plan.with(|p| {
                        p.unit(&report.unit)
                            .map(|u| u.name.clone())
                            .or_else(|| (!report.unit_name.is_empty()).then(|| report.unit_name.clone()))
                            .unwrap_or_else(|| report.unit.to_string())
                    });
                    let plan_cell = if ours {
                        view! { <span>{x.this_plan}</span> }.into_any()
                    } else {
                        let title = if report.plan_title.is_empty() {
                            report.plan.to_string()
                        } else {
                            report.plan_title.clone()
                        };
                        view! {
                            <p class="mv-other-plan">
                                <strong>{(x.other_plan)(&title, report.plan.as_str())}</strong>
                                " "
                                <span>
                                    {move || {
                                        let on = included.with(|inc| inc.get(i).copied().unwrap_or(false));
                                        if on { x.other_plan_included } else { x.other_plan_left_out }
                                    }}
                                </span>
                            </p>
                        }
                        .into_any()
                    };
                    let row_class = if ours { "" } else { "mv-foreign" };
                    view! {
                        <tr class=row_class>
                            <td class="mv-include">
                                <input type="checkbox" aria-label=(x.include_file)(name)
                                    prop:checked=move || included.with(|inc| inc.get(i).copied().unwrap_or(false))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        included.update(|inc| {
                                            if let Some(slot) = inc.get_mut(i) {
                                                *slot = on;
                                            }
                                        });
                                    } />
                            </td>
                            <th scope="row" class="mv-file">{name.clone()}</th>
                            <td data-label=x.col_unit>{unit}</td>
                            <td class="date" data-label=x.col_period>{period_words(t, &report.period)}</td>
                            <td data-label=x.col_plan>{plan_cell}</td>
                            <td data-label=x.col_contents>{(x.contents)(report.updates.iter().filter(|u| u.withdrawn.is_none()).count(), report.values.len())}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };

    // What merging would do, read-only, as one string of escaped HTML
    // (one handler follows its links); the conflicts, which ask a choice
    // each, follow as a view.
    let body = move || {
        let t = t();
        if merged.with(|m| m.chosen.is_empty()) {
            return view! { <p class="mv-none" role="status">{t.exchange.none_included}</p> }
                .into_any();
        }
        let m = merged.get();
        let mut html = String::with_capacity(1 << 14);
        state.plan.with(|plan| {
            preview_html(
                &mut html,
                t,
                plan,
                &m.preview,
                m.groups.len(),
                &file_name,
                &search(),
            )
        });
        view! {
            <div class="mv-preview" inner_html=html on:click=move |ev| {
                follow_link(state, &ev);
            }></div>
            {conflict_list(t, &m.preview, &m.groups, file_name, resolutions)}
        }
        .into_any()
    };

    // The step gone, the keyboard goes to the page's heading.
    let back = || super::focus::focus_back(vec!["h1.page-title".into()], "main");
    let cancel = move |_| {
        state.pending.set(None);
        back();
    };
    let merge = move |_| {
        let t = t();
        let m = merged.get_untracked();
        if m.chosen.is_empty() {
            return;
        }
        let res = group_resolutions(&m.preview, &m.groups, &resolutions.get_untracked());
        let counted = tally(&m.preview, &res);
        let cmd = state
            .plan
            .with_untracked(|plan| merge_command(plan, &m.preview, &res, || new_id("r")));
        let message = if counted.changes_nothing()
            && counted.conflicts_resolved == 0
            && counted.unmatched == 0
        {
            (t.exchange.nothing_merged)(counted.already_here)
        } else {
            (t.exchange.merged)(&counted)
        };
        match cmd {
            None => {
                state.pending.set(None);
                state.info(message);
                back();
            }
            Some(cmd) => {
                // The history names the files the merge took in.
                let files = files.with_value(|f| {
                    m.chosen
                        .iter()
                        .filter_map(|&i| f.get(i).map(|(name, _)| name.clone()))
                        .collect()
                });
                if send_from(state, cmd, FilesIn::Merged(files), message) {
                    state.pending.set(None);
                    back();
                }
            }
        }
    };
    let nothing_chosen = move || merged.with(|m| m.chosen.is_empty());

    view! {
        <section class="merge-view" aria-labelledby="mv-title">
            <h2 id="mv-title" tabindex="-1" node_ref=heading>{move || (x().title)(count)}</h2>
            <p class="mv-intro">{tr(|t| t.exchange.intro)}</p>
            <h3 id="mv-files-title" class="mv-subtitle">{tr(|t| t.exchange.files_title)}</h3>
            <div class="table-wrap">
                <table class="grid-table mv-files" aria-labelledby="mv-files-title">
                    <thead>
                        <tr>
                            <th scope="col">{tr(|t| t.exchange.col_include)}</th>
                            <th scope="col">{tr(|t| t.exchange.col_file)}</th>
                            <th scope="col">{tr(|t| t.exchange.col_unit)}</th>
                            <th scope="col">{tr(|t| t.exchange.col_period)}</th>
                            <th scope="col">{tr(|t| t.exchange.col_plan)}</th>
                            <th scope="col">{tr(|t| t.exchange.col_contents)}</th>
                        </tr>
                    </thead>
                    <tbody>{dynamic(file_rows)}</tbody>
                </table>
            </div>
            <h3 class="mv-subtitle">{tr(|t| t.exchange.preview_title)}</h3>
            {dynamic(body)}
            <div class="mv-actions">
                <button type="button" class="primary" disabled=nothing_chosen on:click=merge>
                    {tr(|t| t.exchange.merge)}
                </button>
                <button type="button" on:click=cancel>{tr(|t| t.cancel)}</button>
            </div>
        </section>
    }
}

/// The compact list of new items, in words: reports by task or project
/// (link, label, count) and values by indicator (name, periods).
struct NewList {
    reports: Vec<(Route, String, String)>,
    values: Vec<(String, String)>,
    titles: (&'static str, &'static str, &'static str, &'static str),
}

fn new_list(t: &'static Catalog, plan: &Plan, p: &MergePreview) -> NewList {
    let x = t.exchange;
    let items = new_items(plan, p);
    // Each task and project by id, found once: a province's merge lists
    // reports on thousands of them.
    let tasks = crate::query::task_positions(plan);
    let label = |s: &Subject| match s {
        Subject::Task(id) => tasks
            .get(id)
            .map_or_else(|| id.to_string(), |&i| task_label(&plan.tasks[i])),
        Subject::Project(_) => subject_label(plan, s),
    };
    NewList {
        reports: items
            .reports
            .iter()
            .map(|(s, n)| (subject_route(s), label(s), (x.reports_on)(*n)))
            .collect(),
        values: items
            .values
            .iter()
            .map(|(id, periods)| {
                let periods: Vec<String> =
                    periods.iter().map(|p| (t.report.period_name)(*p)).collect();
                (indicator_name(plan, id), periods.join(x.list_sep))
            })
            .collect(),
        titles: (
            x.new_title,
            x.new_reports_title,
            x.new_values_title,
            if p.files_hold_nothing() {
                x.nothing_in_files
            } else {
                x.nothing_new
            },
        ),
    }
}

/// How many tasks and projects the list of new reports shows: a province's
/// round brings reports on thousands, counted above the list; an office
/// of up to this many tasks sees each one.
const NEW_SHOWN: usize = 1000;

/// How many conflicts are laid out side by side for a choice each; the
/// rest (a round of corrected files brings thousands) follow the buttons
/// that decide them all, and otherwise keep the current item.
const CONFLICTS_SHOWN: usize = 100;

/// The first [`NEW_SHOWN`] of the tasks and projects with new reports
/// (link, label, count) as escaped HTML, then, when there are more, how
/// many are listed.
fn new_reports_html(
    out: &mut String,
    t: &Catalog,
    reports: &[(Route, String, String)],
    search: &str,
) {
    out.push_str("<ul class=\"mv-groups\">");
    for (route, label, count) in reports.iter().take(NEW_SHOWN) {
        out.push_str("<li>");
        link(out, &route.to_query(search), label);
        elem(out, "span", "mv-group-count", count);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    if reports.len() > NEW_SHOWN {
        elem(
            out,
            "p",
            "list-more",
            &(t.dashboard.list_shown)(NEW_SHOWN, reports.len()),
        );
    }
}

/// The read-only part of the preview as escaped HTML: the counts, the new
/// items, what is already here, then what cannot follow or has no place in
/// this plan, each with the file it came from.
fn preview_html(
    out: &mut String,
    t: &'static Catalog,
    plan: &Plan,
    p: &MergePreview,
    conflicts: usize,
    file_name: &dyn Fn(usize) -> String,
    search: &str,
) {
    let x = t.exchange;
    let loop_dups = p.duplicate_steps + p.duplicate_replies;
    let counts = [
        (p.new_updates.len(), x.count_new_reports, "mv-new"),
        (p.new_values.len(), x.count_new_values, "mv-new"),
        (
            p.new_steps.len() + p.new_replies.len(),
            t.supervision.count_new_loop,
            "mv-new",
        ),
        (p.withdrawals.len(), x.count_withdrawn, "mv-conflict"),
        (
            p.duplicate_updates + p.duplicate_values + loop_dups,
            x.count_duplicates,
            "mv-dup",
        ),
        (conflicts, x.count_conflicts, "mv-conflict"),
        (p.refused.len(), t.supervision.count_refused, "mv-unmatched"),
        (p.unmatched.len(), x.count_unmatched, "mv-unmatched"),
    ];
    out.push_str("<ul class=\"mv-counts\" aria-label=\"");
    text(out, x.preview_title);
    out.push_str("\">");
    for (n, label, class) in counts {
        let some = if n > 0 { " mv-some" } else { "" };
        let _ = write!(out, "<li class=\"{class}{some}\">");
        elem(out, "span", "mv-count", &Num(n).to_string());
        out.push(' ');
        elem(out, "span", "mv-count-label", label);
        out.push_str("</li>");
    }
    out.push_str("</ul>");

    let list = new_list(t, plan, p);
    let (title, reports_title, values_title, nothing) = list.titles;
    section_start(out, "mv-section", "mv-new-title", title);
    if list.reports.is_empty() && list.values.is_empty() {
        elem(out, "p", "muted", nothing);
    }
    if !list.reports.is_empty() {
        elem(out, "h5", "mv-group-title", reports_title);
        new_reports_html(out, t, &list.reports, search);
    }
    if !list.values.is_empty() {
        elem(out, "h5", "mv-group-title", values_title);
        out.push_str("<ul class=\"mv-groups\">");
        for (name, periods) in &list.values {
            out.push_str("<li>");
            elem(out, "span", "", name);
            elem(out, "span", "mv-group-count", periods);
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");

    if !p.withdrawals.is_empty() {
        section_start(out, "mv-section", "mv-withdrawn-title", x.count_withdrawn);
        elem(out, "p", "muted", x.withdrawn_intro);
        out.push_str("<ul>");
        for (u, from) in &p.withdrawals {
            let report = (x.conflict_report)(&subject_label(plan, &u.subject), &u.date.to_string());
            let what = match &u.withdrawn {
                Some(w) => (t.supervision.pair)(
                    &report,
                    &(t.ledger.withdrawn_note)(
                        &w.date.to_string(),
                        (!w.by.is_empty()).then_some(w.by.as_str()),
                        &w.reason,
                    ),
                ),
                None => report,
            };
            item_from(out, &what, &(x.from_file)(&file_name(*from)));
        }
        out.push_str("</ul></section>");
    }

    if loop_dups + p.duplicate_updates + p.duplicate_values > 0 {
        section_start(out, "mv-section", "mv-dup-title", x.duplicates_title);
        elem(
            out,
            "p",
            "",
            &(x.duplicates_note)(p.duplicate_updates, p.duplicate_values, loop_dups),
        );
        out.push_str("</section>");
    }

    let s = t.supervision;
    if !p.refused.is_empty() {
        section_start(
            out,
            "mv-section mv-unmatched-list",
            "mv-refused-title",
            s.refused_title,
        );
        elem(out, "p", "muted", s.refused_intro);
        out.push_str("<ul>");
        for r in &p.refused {
            let why = |problems: &[crate::validate::Problem]| {
                problems
                    .iter()
                    .map(|p| (t.problem_kind)(&p.kind))
                    .collect::<Vec<_>>()
                    .join(t.ledger.list_sep)
            };
            let (what, from, why) = match r {
                crate::merge::Refused::Report { update, from, lead } => {
                    let (kind, id) = match &update.subject {
                        crate::model::Subject::Task(id) => (crate::model::Kind::Task, id),
                        crate::model::Subject::Project(id) => (crate::model::Kind::Project, id),
                    };
                    (
                        (s.refused_report)(
                            &crate::command::label_of(plan, kind, id),
                            &update.date.to_string(),
                        ),
                        *from,
                        (s.not_lead)(&plan.unit(lead).map_or(lead.to_string(), |u| u.name.clone())),
                    )
                }
                crate::merge::Refused::Step {
                    step,
                    from,
                    problems,
                } => (
                    (s.refused_step)(
                        (s.step_name)(step.kind),
                        &step.date.to_string(),
                        &crate::command::label_of(plan, crate::model::Kind::Task, &step.task),
                    ),
                    *from,
                    why(problems),
                ),
                crate::merge::Refused::Reply {
                    reply,
                    from,
                    problems,
                } => (
                    (s.refused_reply)(
                        &plan
                            .notice(&reply.notice)
                            .map_or(reply.notice.to_string(), |n| n.number.clone()),
                        &reply.reply.date.to_string(),
                    ),
                    *from,
                    why(problems),
                ),
            };
            item_from(
                out,
                &what,
                &(s.pair)(&(x.from_file)(&file_name(from)), &why),
            );
        }
        out.push_str("</ul></section>");
    }

    if !p.unmatched.is_empty() {
        section_start(
            out,
            "mv-section mv-unmatched-list",
            "mv-unmatched-title",
            x.unmatched_title,
        );
        elem(out, "p", "muted", x.unmatched_intro);
        out.push_str("<ul>");
        for u in &p.unmatched {
            let (what, from) = match u {
                Unmatched::Report { update, from } => (
                    (x.unmatched_report)(
                        &update.subject,
                        &update.date.to_string(),
                        &format!("{}%", fmt_num(update.progress)),
                    ),
                    *from,
                ),
                Unmatched::Value { value, from } => (
                    (x.unmatched_value)(
                        value.indicator.as_str(),
                        &value.actual.period.to_string(),
                        &fmt_num(value.actual.value),
                    ),
                    *from,
                ),
                Unmatched::Step { step, from } => (
                    (s.unmatched_step)(
                        (s.step_name)(step.kind),
                        &step.date.to_string(),
                        step.task.as_str(),
                    ),
                    *from,
                ),
                Unmatched::Reply { reply, from } => (
                    (s.unmatched_reply)(reply.notice.as_str(), &reply.reply.date.to_string()),
                    *from,
                ),
            };
            item_from(out, &what, &(x.from_file)(&file_name(from)));
        }
        out.push_str("</ul></section>");
    }
}

/// `<section class=… aria-labelledby=id><h4 id=id>title</h4>`, left open.
fn section_start(out: &mut String, class: &str, id: &str, title: &str) {
    let _ = write!(
        out,
        "<section class=\"{class}\" aria-labelledby=\"{id}\"><h4 id=\"{id}\">"
    );
    text(out, title);
    out.push_str("</h4>");
}

/// The cells of a comparison's row (its `<tr>` written before): the row's
/// name, marked when the versions differ, then both versions.
fn out_row(out: &mut String, name: &str, differs: Option<&str>, a: &str, b: &str) {
    out.push_str("<th scope=\"row\">");
    text(out, name);
    if let Some(word) = differs {
        out.push(' ');
        elem(out, "span", "mv-differs-tag", word);
    }
    out.push_str("</th>");
    elem(out, "td", "", a);
    elem(out, "td", "", b);
    out.push_str("</tr>");
}

/// One item of a list of what is left out: what, then where from and why.
fn item_from(out: &mut String, what: &str, from: &str) {
    out.push_str("<li>");
    elem(out, "span", "", what);
    out.push(' ');
    elem(out, "span", "muted", from);
    out.push_str("</li>");
}

/// One row of a side-by-side comparison: (row name, current, incoming).
type CompareRow = (&'static str, String, String);

fn report_rows(t: &'static Catalog, current: &Report, incoming: &Report) -> Vec<CompareRow> {
    let x = t.exchange;
    let pct = |u: &Report| format!("{}%", fmt_num(u.progress));
    let status = |u: &Report| (t.figures.reported_status)(u.status).to_string();
    vec![
        (
            x.row_date,
            current.date.to_string(),
            incoming.date.to_string(),
        ),
        (x.row_progress, pct(current), pct(incoming)),
        (x.row_status, status(current), status(incoming)),
        (
            t.ledger.field_completed_on,
            current
                .completed_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            incoming
                .completed_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
        ),
        (
            x.row_narrative,
            current.narrative.clone(),
            incoming.narrative.clone(),
        ),
        (
            x.row_problems,
            current.problems.clone(),
            incoming.problems.clone(),
        ),
        (
            x.row_next_steps,
            current.next_steps.clone(),
            incoming.next_steps.clone(),
        ),
        (
            x.row_reporter,
            current.reporter.clone(),
            incoming.reporter.clone(),
        ),
    ]
    .into_iter()
    .filter(|(_, a, b)| !(a.is_empty() && b.is_empty()))
    .collect()
}

fn value_rows(t: &'static Catalog, current: &Actual, incoming: &Actual) -> Vec<CompareRow> {
    let x = t.exchange;
    vec![
        (x.row_value, fmt_num(current.value), fmt_num(incoming.value)),
        (x.row_note, current.note.clone(), incoming.note.clone()),
    ]
    .into_iter()
    .filter(|(_, a, b)| !(a.is_empty() && b.is_empty()))
    .collect()
}

fn reply_rows(
    t: &'static Catalog,
    current: &crate::model::Reply,
    incoming: &crate::model::Reply,
) -> Vec<CompareRow> {
    let s = t.supervision;
    vec![
        (
            s.row_reply_date,
            current.date.to_string(),
            incoming.date.to_string(),
        ),
        (
            s.row_reply_text,
            current.text.clone(),
            incoming.text.clone(),
        ),
        (s.row_reply_by, current.by.clone(), incoming.by.clone()),
    ]
    .into_iter()
    .filter(|(_, a, b)| !(a.is_empty() && b.is_empty()))
    .collect()
}

fn conflict_list(
    t: &'static Catalog,
    p: &MergePreview,
    groups: &[Vec<usize>],
    file_name: impl Fn(usize) -> String,
    resolutions: RwSignal<Vec<Resolution>>,
) -> Option<impl IntoView> {
    if groups.is_empty() {
        return None;
    }
    let state = use_state();
    let x = t.exchange;
    let n = groups.len();
    let source_name = |s: Source| match s {
        Source::Plan => x.current_version.to_string(),
        Source::File(f) => (x.current_from_file)(&file_name(f)),
    };
    let items = groups
        .iter()
        .take(CONFLICTS_SHOWN)
        .enumerate()
        .map(|(i, group)| {
            let c = &p.conflicts[group[0]];
            let incoming_files: Vec<String> = group
                .iter()
                .map(|&k| file_name(p.conflicts[k].incoming_from()))
                .collect();
            let (label, rows, current_from, take) = state.plan.with_untracked(|plan| match c {
                Conflict::Report {
                    current,
                    current_from,
                    incoming,
                    ..
                } => (
                    (x.conflict_report)(
                        &subject_label(plan, &current.subject),
                        &current.date.to_string(),
                    ),
                    report_rows(t, current, incoming),
                    *current_from,
                    x.keep_both,
                ),
                Conflict::Value {
                    indicator,
                    current,
                    current_from,
                    incoming,
                    ..
                } => (
                    (x.conflict_value)(
                        &indicator_name(plan, indicator),
                        &(t.report.period_name)(current.period),
                    ),
                    value_rows(t, current, incoming),
                    *current_from,
                    x.take_incoming,
                ),
                Conflict::Reply {
                    notice,
                    current,
                    current_from,
                    incoming,
                    ..
                } => {
                    let n = plan.notice(notice);
                    let number = n.map_or(notice.as_str(), |n| n.number.as_str());
                    let task = n
                        .map(|n| crate::command::label_of(plan, crate::model::Kind::Task, &n.task))
                        .unwrap_or_default();
                    (
                        (t.supervision.conflict_reply)(number, &task),
                        reply_rows(t, current, incoming),
                        *current_from,
                        x.take_incoming,
                    )
                }
            });
            let head_id = format!("mv-c{i}");
            let group = format!("mv-c{i}-choice");
            let mut rows_html = String::new();
            for (name, a, b) in rows {
                let differs = a != b;
                rows_html.push_str(if differs {
                    "<tr class=\"mv-differs\">"
                } else {
                    "<tr>"
                });
                out_row(&mut rows_html, name, differs.then_some(x.differs), &a, &b);
            }
            let choose = move |r: Resolution| {
                resolutions.update(|all| {
                    if all.len() < n {
                        all.resize(n, Resolution::KeepCurrent);
                    }
                    all[i] = r;
                })
            };
            let is = move |r: Resolution| {
                move || resolutions.with(|all| all.get(i).copied().unwrap_or_default() == r)
            };
            view! {
                <li class="mv-conflict">
                    <h5 id=head_id.clone() class="mv-conflict-title">{label.clone()}</h5>
                    <p class="mv-sent-in">{(x.sent_in)(&incoming_files.join(x.list_sep))}</p>
                    <div class="table-wrap">
                        <table class="grid-table mv-compare" aria-labelledby=head_id>
                            <thead>
                                <tr>
                                    <th scope="col">{x.col_item}</th>
                                    <th scope="col">{source_name(current_from)}</th>
                                    <th scope="col">{x.incoming_version}</th>
                                </tr>
                            </thead>
                            <tbody inner_html=rows_html></tbody>
                        </table>
                    </div>
                    <fieldset class="mv-choice">
                        <legend>
                            {x.choice}
                            <span class="visually-hidden">{format!(": {label}")}</span>
                        </legend>
                        <label class="mv-option">
                            <input type="radio" name=group.clone()
                                prop:checked=is(Resolution::KeepCurrent)
                                on:change=move |_| choose(Resolution::KeepCurrent) />
                            <span>{x.keep_current}</span>
                        </label>
                        <label class="mv-option">
                            <input type="radio" name=group
                                prop:checked=is(Resolution::TakeIncoming)
                                on:change=move |_| choose(Resolution::TakeIncoming) />
                            <span>{take}</span>
                        </label>
                    </fieldset>
                </li>
            }
        })
        .collect_view();
    let all = move |r: Resolution| resolutions.set(vec![r; n]);
    Some(view! {
        <section class="mv-section mv-conflicts-section" aria-labelledby="mv-conflicts-title">
            <h4 id="mv-conflicts-title">{x.conflicts_title}</h4>
            <p class="muted">{x.conflicts_intro}</p>
            <div class="mv-all">
                <button type="button" on:click=move |_| all(Resolution::TakeIncoming)>{x.use_incoming_all}</button>
                <button type="button" on:click=move |_| all(Resolution::KeepCurrent)>{x.keep_current_all}</button>
            </div>
            <ol class="mv-conflicts">{items}</ol>
            {(n > CONFLICTS_SHOWN).then(|| view! {
                <p class="list-more">{(t.dashboard.list_shown)(CONFLICTS_SHOWN, n)}</p>
            })}
        </section>
    })
}
