//! Reporting on all of one unit's tasks in one sitting.
//!
//! One row per task the unit leads, with its fields; below, the tasks it
//! co-operates on, listed to follow without fields (a task's progress is
//! its lead unit's to report: a co-operating unit's figure would stand for
//! the whole task). Rows left blank are skipped; "Save all" sends every
//! filled row as one `Command::Batch`, so one undo takes the whole sitting
//! back.

use super::fields::{
    bad_text, chosen, chosen_period, label, read_date, read_percent, report_day, required,
    ReportDay, ReportingPeriodField, TextField,
};
use super::finder::{Find, FindField, FoundNone};
use super::form::send;
use super::html::{append_html, follow_link, replace_html, search, set_html};
use super::state::use_state;
use super::state::AppState;
use super::widgets::{tr, Shown};
use crate::command::Command;
use crate::finder::LONG_LIST;
use crate::format::unit_report::{export_unit_report, UnitReport};
use crate::model::{Choice, Date, Id, ReportedStatus, Subject, Update};
use crate::period::{reporting_period, reporting_period_of_kind, Period, PeriodKind};
use crate::period_report::picker_periods;
use crate::query::TaskHref;
use crate::route::Route;
use crate::sheet_html::{field_ids, sheet_row_html, Entry};
use crate::ui::widgets::{after_paint, dynamic, effect, memo};
use crate::unit_picker::unit_choices;
use crate::validate::{check_entity, completed_before_start, report_date, Entity};
use leptos::prelude::Update as _;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn BulkReport(unit: Option<Id>) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let current = unit.as_ref().map(Id::to_string).unwrap_or_default();
    let known = {
        let unit = unit.clone();
        memo(move || {
            unit.as_ref()
                .is_some_and(|u| state.plan.with(|p| p.unit(u).is_some()))
        })
    };
    // The units by kind, each with its count of tasks; a province's
    // hundreds narrowed by a finder (the unit chosen stays in the list).
    let find = Find::new();
    // The options as escaped HTML: drawn again as the finder narrows them.
    let options = {
        let current = current.clone();
        move || {
            let t = t();
            let f = t.figures;
            let mut out = String::with_capacity(1 << 12);
            out.push_str("<option value=\"\"");
            if current.is_empty() {
                out.push_str(" selected");
            }
            out.push('>');
            crate::html::text(&mut out, t.choose);
            out.push_str("</option>");
            let groups = state.plan.with(unit_choices);
            find.finder.with(|finder| {
                for (kind, units) in groups {
                    let shown: Vec<bool> = units
                        .iter()
                        .map(|u| u.id.as_str() == current || finder.finds(&u.name))
                        .collect();
                    out.push_str("<optgroup label=\"");
                    crate::html::text(&mut out, (f.unit_group)(kind));
                    out.push('"');
                    if !shown.contains(&true) {
                        out.push_str(" hidden");
                    }
                    out.push('>');
                    for (u, shown) in units.iter().zip(shown) {
                        out.push_str("<option value=\"");
                        crate::html::text(&mut out, u.id.as_str());
                        out.push('"');
                        if u.id.as_str() == current {
                            out.push_str(" selected");
                        }
                        if !shown {
                            out.push_str(" hidden");
                        }
                        out.push('>');
                        crate::html::text(&mut out, &(f.unit_choice)(&u.name, u.leads, u.co));
                        out.push_str("</option>");
                    }
                    out.push_str("</optgroup>");
                }
            });
            out
        }
    };
    let long = memo(move || state.plan.with(|p| p.units.len()) > LONG_LIST);
    let found = memo(move || {
        state.plan.with(|p| {
            find.finder
                .with(|f| p.units.iter().filter(|u| f.finds(&u.name)).count())
        })
    });
    // Enter in the finder chooses the one unit it finds.
    let chosen = current.clone();
    let only_found = Callback::new(move |()| {
        let only = state.plan.with(|p| {
            find.finder.with(|f| {
                let mut found = p.units.iter().filter(|u| f.finds(&u.name));
                match (found.next(), found.next()) {
                    (Some(u), None) => Some(u.id.clone()),
                    _ => None,
                }
            })
        });
        if let Some(u) = only.filter(|u| u.as_str() != chosen) {
            if super::edited::may_lose(state.t().leave_unsaved, false) {
                state.navigate(Route::BulkReport(Some(u)));
            }
        }
    });
    let finder = move || {
        long.get().then(|| {
            view! {
                <FindField id="br-unit-find".to_string()
                    list=label(|t| t.figures.choose_unit)
                    find=find controls="br-unit".to_string() on_enter=only_found />
                <FoundNone find=find found=Signal::from(found) />
            }
        })
    };
    // Another unit's sheet in place of one typed in asks first; staying
    // puts the choice back.
    let choose = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if super::edited::may_lose(state.t().leave_unsaved, false) {
            state.navigate(Route::BulkReport((!v.is_empty()).then_some(Id(v))));
        } else {
            event_target::<web_sys::HtmlSelectElement>(&ev).set_value(&current);
        }
    };
    // A plan switched under the page starts a fresh sheet.
    let plan_id = memo(move || state.plan.with(|p| p.id.clone()));
    let sheet = move || {
        let _ = plan_id.get();
        match unit.clone().filter(|_| known.get()) {
            Some(u) => view! {
                <ReportSheet unit=u.clone() />
                <ExportReport unit=u />
            }
            .into_any(),
            None => view! { <p class="empty">{tr(|t| t.figures.pick_unit_first)}</p> }.into_any(),
        }
    };

    view! {
        <h1 class="page-title">{tr(|t| t.figures.bulk_title)}</h1>
        <p class="intro">{tr(|t| t.figures.bulk_intro)}</p>
        <div class="card bulk-unit">
            {finder}
            <div class="field">
                <label for="br-unit">{tr(|t| t.figures.choose_unit)}</label>
                <select id="br-unit" on:change=choose inner_html=options></select>
            </div>
        </div>
        {dynamic(sheet)}
    }
}

/// One task's inputs.
#[derive(Clone)]
struct Row {
    task: Id,
    progress: RwSignal<String>,
    status: RwSignal<String>,
    /// The status of the task's latest report: where the status starts,
    /// and goes back to when the row is set back unsaved.
    said: StoredValue<String>,
    narrative: RwSignal<String>,
    /// The day completed, read when the status is completed.
    done_on: RwSignal<String>,
    outcome: Memo<Outcome>,
}

/// What a row says once read.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Blank,
    Ready(f64, ReportedStatus, String, Option<Date>),
    Bad(String),
}

/// What a row's fields say, as a report dated `day` would: its figure,
/// status and text, and (when it says completed) the day completed typed.
fn read_row(state: AppState, task: &Id, fields: [&str; 4], day: Date) -> Outcome {
    let [progress, status, narrative, done_on] = fields;
    let t = state.t();
    let f = t.figures;
    let narrative = narrative.trim().to_string();
    let p = match read_percent(progress) {
        Ok(None) if narrative.is_empty() => return Outcome::Blank,
        Ok(None) => return Outcome::Bad(f.progress_needed.to_string()),
        Ok(Some(p)) => p,
        Err(_) => return Outcome::Bad(f.not_a_percent.to_string()),
    };
    let status = chosen(status, ReportedStatus::default());
    let completed_on = match read_date(done_on) {
        _ if status != ReportedStatus::Completed => None,
        Ok(d) => d,
        Err(b) => return Outcome::Bad((f.done_on_problem)(&bad_text(t, b))),
    };
    let probe = Update {
        id: Id::new("probe"),
        subject: Subject::Task(task.clone()),
        date: day,
        period: None,
        progress: p,
        status,
        narrative: narrative.clone(),
        problems: String::new(),
        next_steps: String::new(),
        reporter: String::new(),
        evidence: String::new(),
        completed_on,
        withdrawn: None,
    };
    let problem = state.plan.with(|plan| {
        completed_before_start(plan, &probe)
            .map(|p| (f.done_on_problem)(&(t.problem_kind)(&p.kind)))
            .or_else(|| {
                check_entity(plan, &Entity::Update(probe))
                    .first()
                    .map(|p| (t.problem_kind)(&p.kind))
            })
    });
    match problem {
        Some(problem) => Outcome::Bad(problem),
        None => Outcome::Ready(p, status, narrative, completed_on),
    }
}

#[component]
fn ReportSheet(unit: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let led: Vec<Id> = state.plan.with_untracked(|p| {
        p.tasks
            .iter()
            .filter(|x| x.lead == unit)
            .map(|x| x.id.clone())
            .collect()
    });
    // The tasks the unit co-operates on, by place in the plan: listed, with
    // no fields (their progress is the lead unit's to report).
    let co_unit = unit.clone();
    let co = memo(move || {
        state.plan.with(|p| {
            p.tasks
                .iter()
                .enumerate()
                .filter(|(_, x)| x.lead != co_unit && x.co_units.contains(&co_unit))
                .map(|(i, _)| i)
                .collect::<Vec<usize>>()
        })
    });
    // Each row's status starts as the task's latest report said (not "on
    // track" for a task its unit last called behind): a unit that only
    // types a figure is not made to say what it did not.
    let said: Vec<ReportedStatus> = state.plan.with_untracked(|p| {
        state.task_index.with_untracked(|ix| {
            let at = crate::query::task_positions(p);
            led.iter()
                .map(|id| {
                    at.get(id)
                        .and_then(|&i| ix.reports.of_task(i).last())
                        .and_then(|r| p.updates.get(r.update))
                        .map_or_else(ReportedStatus::default, |u| u.status)
                })
                .collect()
        })
    });
    let ReportDay {
        text: date,
        picked: picked_period,
        day,
    } = report_day(state);
    let make = |(task, said): (Id, ReportedStatus)| {
        let progress = RwSignal::new(String::new());
        let status = RwSignal::new(said.key().to_string());
        let said = StoredValue::new(said.key().to_string());
        let narrative = RwSignal::new(String::new());
        let done_on = RwSignal::new(String::new());
        let id = task.clone();
        let outcome = memo(move || {
            let (p, s, n, c) = (progress.get(), status.get(), narrative.get(), done_on.get());
            read_row(state, &id, [&p, &s, &n, &c], day.get())
        });
        Row {
            task,
            progress,
            status,
            said,
            narrative,
            done_on,
            outcome,
        }
    };
    let led: Vec<Row> = led.into_iter().zip(said).map(make).collect();
    let all: StoredValue<Vec<Row>> = StoredValue::new(led.clone());
    let reporter = RwSignal::new({
        let a = state.author.get_untracked();
        if a.name.trim().is_empty() {
            a.unit
        } else {
            a.name
        }
    });
    let tried = RwSignal::new(false);
    let date_error = Signal::derive(move || match required(read_date(&date.get())) {
        Err(b) => Some(bad_text(t(), b)),
        Ok(day) => state
            .plan
            .with(|p| report_date(day, state.today.get_untracked(), p))
            .map(|p| (t().problem_kind)(&p.kind)),
    });
    let any_bad = memo(move || {
        date_error.get().is_some()
            || all.with_value(|rows| {
                rows.iter()
                    .any(|r| matches!(r.outcome.get(), Outcome::Bad(_)))
            })
    });

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let t = t();
        let f = t.figures;
        if any_bad.get_untracked() {
            return;
        }
        let Ok(Some(day)) = read_date(&date.get_untracked()) else {
            return;
        };
        let who = reporter.get_untracked().trim().to_string();
        let period = state
            .plan
            .with_untracked(|p| chosen_period(p, day, picked_period.get_untracked()));
        let reports: Vec<Update> = all.with_value(|rows| {
            rows.iter()
                .filter_map(|r| match r.outcome.get_untracked() {
                    Outcome::Ready(progress, status, narrative, completed_on) => Some(Update {
                        id: super::ids::new_id("r"),
                        subject: Subject::Task(r.task.clone()),
                        date: day,
                        period: Some(period).filter(|p| p.is_writable()),
                        progress,
                        status,
                        narrative,
                        problems: String::new(),
                        next_steps: String::new(),
                        reporter: who.clone(),
                        evidence: String::new(),
                        completed_on,
                        withdrawn: None,
                    }),
                    _ => None,
                })
                .collect()
        });
        if reports.is_empty() {
            state.info(f.nothing_to_save);
            return;
        }
        // A sheet saved twice (the same day, period and figures) records
        // nothing twice.
        let known = state
            .plan
            .with_untracked(|p| crate::merge::recorded_already(p, &reports));
        let skipped = known.iter().filter(|&&k| k).count();
        let puts: Vec<Command> = reports
            .into_iter()
            .zip(known)
            .filter(|(_, known)| !known)
            .map(|(u, _)| Command::Put {
                entity: Entity::Update(u),
                at: None,
            })
            .collect();
        let n = puts.len();
        let said = match (n, skipped) {
            (_, 0) => (f.reports_recorded)(n),
            (0, k) => (f.already_recorded)(k),
            (n, k) => format!("{} {}", (f.reports_recorded)(n), (f.already_recorded)(k)),
        };
        let saved = if n == 0 {
            state.info(said);
            true
        } else {
            send(state, Command::Batch(puts), None, said)
        };
        if saved {
            // Only the rows typed in: a province's unit has a thousand. A
            // saved row keeps its status (now the task's latest report's);
            // any other goes back to its task's.
            all.with_value(|rows| {
                for r in rows {
                    if r.progress.with_untracked(|v| !v.is_empty()) {
                        r.progress.set(String::new());
                        r.said.set_value(r.status.get_untracked());
                    } else if r.status.with_untracked(|v| *v != r.said.get_value()) {
                        r.status.set(r.said.get_value());
                    }
                    if r.narrative.with_untracked(|v| !v.is_empty()) {
                        r.narrative.set(String::new());
                    }
                    if r.done_on.with_untracked(|v| !v.is_empty()) {
                        r.done_on.set(String::new());
                    }
                }
            });
            tried.set(false);
        }
    };

    let led_empty = led.is_empty();
    view! {
        <form class="bulk-form" on:submit=save novalidate>
            <div class="card">
                <div class="grid">
                    <TextField id="br-date" label=label(|t| t.figures.report_date) value=date kind="date"
                        error=date_error />
                    <ReportingPeriodField id="br-period" date=day picked=picked_period />
                    <TextField id="br-reporter" label=label(|t| t.figures.reporter) value=reporter
                        />
                </div>
            </div>
            <Shown when=move || tried.get() && any_bad.get()>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <section aria-labelledby="br-led">
                <h2 id="br-led" class="section-title">{tr(|t| t.figures.led_section)}</h2>
                {if led_empty {
                    view! { <p class="empty">{tr(|t| t.figures.none_led)}</p> }.into_any()
                } else {
                    sheet_table(state, "br-l", led, tried).into_any()
                }}
            </section>
            <section aria-labelledby="br-co">
                <h2 id="br-co" class="section-title">{tr(|t| t.figures.co_section)}</h2>
                {co_table(state, co)}
            </section>
            <div class="form-actions bulk-actions">
                <button type="submit" class="primary">{tr(|t| t.figures.save_all)}</button>
            </div>
        </form>
    }
}

/// Rows drawn in the frame that shows a sheet, and in each frame after it
/// until every row is drawn: a unit leading hundreds of tasks sees its
/// first rows at once, and the page answers while the rest follow (455
/// rows of fields, built and laid out in one task, took 0.6 s).
const ROWS_PER_FRAME: usize = 24;

/// The sheet's field that has the focus, and where its caret stands: given
/// back when the rows are written again (a change from another tab), so
/// the user types on where they were.
struct Caret {
    row: String,
    field: String,
    range: Option<(u32, u32)>,
}

impl Caret {
    fn in_rows(body: &web_sys::Element) -> Option<Caret> {
        let active = document().active_element()?;
        if !body.contains(Some(&active)) {
            return None;
        }
        let field = active.get_attribute("data-field")?;
        let row = active
            .closest("tr[data-row]")
            .ok()??
            .get_attribute("data-row")?;
        let range = active
            .dyn_ref::<web_sys::HtmlInputElement>()
            .and_then(|input| Some((input.selection_start().ok()??, input.selection_end().ok()??)));
        Some(Caret { row, field, range })
    }

    fn put_back(&self, body: &web_sys::Element) {
        let selector = format!(
            "tr[data-row=\"{}\"] [data-field=\"{}\"]",
            self.row, self.field
        );
        let Some(field) = body.query_selector(&selector).ok().flatten() else {
            return;
        };
        if let Some(field) = field.dyn_ref::<web_sys::HtmlElement>() {
            let _ = field.focus();
        }
        if let (Some(input), Some((start, end))) =
            (field.dyn_ref::<web_sys::HtmlInputElement>(), self.range)
        {
            let _ = input.set_selection_range(start, end);
        }
    }
}

/// A sheet's table: one row per task of `rows`, written as HTML
/// ([`sheet_row_html`]) a frame's worth at a time. What is typed goes to
/// the rows' signals through one handler; each row's problem is shown
/// where it is drawn. The rows drawn are written again, with what is typed
/// in them, when the plan or the language changes, and at a save.
fn sheet_table(
    state: AppState,
    prefix: &'static str,
    rows: Vec<Row>,
    tried: RwSignal<bool>,
) -> impl IntoView {
    // Where each row's task stands in the plan, and so in the task index
    // (the first task of its id): found for every row in one pass over the
    // tasks. A row checks its place still holds its task (another tab may
    // have changed the plan) and else looks for it.
    let places: Vec<Option<usize>> = state.plan.with_untracked(|p| {
        let first = crate::query::task_positions(p);
        rows.iter().map(|r| first.get(&r.task).copied()).collect()
    });
    let len = rows.len();
    let rows = StoredValue::new(rows.into_iter().zip(places).collect::<Vec<_>>());
    // The problem each row shows, as drawn.
    let shown = StoredValue::new(vec![None::<String>; len]);
    let problem = move |row: &Row| row_problem(row, tried);
    // Rows `from..to` as HTML, each its own text, with what is typed in them.
    let html = move |from: usize, to: usize| {
        untrack(|| {
            let t = state.t();
            let href = TaskHref::new(&search());
            let mut texts = Vec::with_capacity(to.saturating_sub(from));
            state.plan.with_untracked(|p| {
                state.task_index.with_untracked(|index| {
                    rows.with_value(|rows| {
                        for (i, (row, place)) in rows.iter().enumerate().take(to).skip(from) {
                            let at = place
                                .filter(|&at| p.tasks.get(at).is_some_and(|x| x.id == row.task))
                                .or_else(|| p.tasks.iter().position(|x| x.id == row.task));
                            let error = problem(row);
                            let (progress, status, narrative, done_on) = (
                                row.progress.get_untracked(),
                                row.status.get_untracked(),
                                row.narrative.get_untracked(),
                                row.done_on.get_untracked(),
                            );
                            let entry = Entry {
                                progress: &progress,
                                status: &status,
                                narrative: &narrative,
                                done_on: &done_on,
                                error: error.as_deref(),
                            };
                            let mut out = String::with_capacity(2048);
                            sheet_row_html(&mut out, t, p, index, at, &href, (prefix, i), &entry);
                            texts.push(out);
                            shown.update_value(|s| s[i] = error);
                        }
                    })
                })
            });
            texts
        })
    };
    // The rows drawn, as last written: a change that leaves most of them as
    // they were (a save of a few rows, at province scale a sheet of a
    // thousand) writes only those that differ.
    let written = StoredValue::new(Vec::<String>::new());
    let body = NodeRef::<leptos::html::Tbody>::new();
    let drawn = StoredValue::new(0usize);
    // Flips after each frame that drew rows, while rows are left to draw.
    let more = RwSignal::new(false);
    let next_frame = move || {
        after_paint(move || {
            more.try_update(|m| *m = !*m);
        })
    };
    // A frame's worth more rows after each frame painted (created before
    // the effect that draws the first rows, so it runs first and waits).
    effect(move || {
        more.track();
        let (Some(el), n) = (body.get(), drawn.get_value()) else {
            return;
        };
        if n > 0 && n < len {
            let to = (n + ROWS_PER_FRAME).min(len);
            let more = html(n, to);
            append_html(&el, &more.concat());
            written.update_value(|w| w.extend(more));
            drawn.set_value(to);
            next_frame();
        }
    });
    // The first rows, and the rows drawn so far written again when the
    // plan, the day or the language changes, and at a save (which clears
    // what it saved, whether or not the plan's figures moved).
    effect(move || {
        // The index follows the plan and the day.
        state.task_index.track();
        state.lang.track();
        tried.track();
        let Some(el) = body.get() else {
            return;
        };
        let n = drawn.get_value().clamp(ROWS_PER_FRAME.min(len), len);
        let caret = Caret::in_rows(&el);
        let fresh = html(0, n);
        // The rows whose text changed, when the rows drawn are those
        // written and fewer than half changed; else all of them.
        let changed: Option<Vec<(web_sys::Element, &str)>> = written.with_value(|old| {
            let children = el.children();
            if old.len() != n || children.length() as usize != n {
                return None;
            }
            let changed: Vec<usize> = (0..n).filter(|&i| old[i] != fresh[i]).collect();
            if changed.len() * 2 > n {
                return None;
            }
            changed
                .into_iter()
                .map(|i| Some((children.item(i as u32)?, fresh[i].as_str())))
                .collect()
        });
        match changed {
            Some(rows) => replace_html(&el, &rows),
            None => set_html(&el, &fresh.concat()),
        }
        written.set_value(fresh);
        if let Some(caret) = caret {
            caret.put_back(&el);
        }
        drawn.set_value(n);
        next_frame();
    });
    // Each drawn row's problem, shown as it changes (a row drawn later is
    // drawn with its problem).
    effect(move || {
        let document = document();
        rows.with_value(|rows| {
            for (i, (row, _)) in rows.iter().enumerate() {
                let now = problem(row);
                if i >= drawn.get_value() || shown.with_value(|s| s[i] == now) {
                    continue;
                }
                let (field, error) = field_ids(prefix, i);
                if let Some(p) = document.get_element_by_id(&error) {
                    p.set_text_content(now.as_deref());
                }
                if let Some(input) = document.get_element_by_id(&field) {
                    let _ = input.set_attribute("aria-invalid", &now.is_some().to_string());
                }
                shown.update_value(|s| s[i] = now);
            }
        })
    });
    // What is typed, into the row's signals.
    let typed = move |ev: leptos::ev::Event| {
        let field = event_target::<web_sys::Element>(&ev);
        let Some(i) = field
            .closest("tr[data-row]")
            .ok()
            .flatten()
            .and_then(|tr| tr.get_attribute("data-row"))
            .and_then(|n| n.parse::<usize>().ok())
        else {
            return;
        };
        let value = event_target_value(&ev);
        // The row on screen is no longer the text last written: the next
        // writing writes it whole (what is typed lives in the fields).
        written.update_value(|w| {
            if let Some(text) = w.get_mut(i) {
                text.clear();
            }
        });
        rows.with_value(|rows| {
            let Some((row, _)) = rows.get(i) else {
                return;
            };
            match field.get_attribute("data-field").as_deref() {
                Some("p") => row.progress.set(value),
                Some("s") => row.status.set(value),
                Some("n") => row.narrative.set(value),
                Some("c") => row.done_on.set(value),
                _ => {}
            }
        });
    };
    let follow = move |ev: leptos::ev::MouseEvent| {
        follow_link(state, &ev);
    };
    view! {
        <div class="table-wrap">
            <table class="grid-table figures-table bulk-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.figures.col_code)}</th>
                        <th scope="col">{tr(|t| t.figures.col_task)}</th>
                        <th scope="col">{tr(|t| t.figures.col_current)}</th>
                        <th scope="col">{tr(|t| t.figures.col_new_progress)}</th>
                        <th scope="col">{tr(|t| t.figures.col_status)}</th>
                        <th scope="col">{tr(|t| t.figures.col_narrative)}</th>
                    </tr>
                </thead>
                <tbody node_ref=body on:input=typed on:click=follow></tbody>
            </table>
        </div>
    }
}

/// The tasks a unit co-operates on (`co`: their places in the plan), as
/// one piece of HTML ([`crate::sheet_html::co_table_html`]), its progress
/// bars' lengths set and its links followed in the page.
fn co_table(state: AppState, co: Memo<Vec<usize>>) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let Some(el) = host.get() else {
            return;
        };
        let mut out = String::new();
        co.with(|places| {
            state.plan.with(|plan| {
                state.task_index.with(|index| {
                    let href = TaskHref::new(&search());
                    crate::sheet_html::co_table_html(
                        &mut out,
                        state.t(),
                        plan,
                        index,
                        places,
                        &href,
                    );
                })
            })
        });
        set_html(&el, &out);
    });
    let follow = move |ev: leptos::ev::MouseEvent| {
        follow_link(state, &ev);
    };
    view! { <div class="item-html" on:click=follow node_ref=host></div> }
}

/// The problem `row` shows: none until something is typed in it or a save
/// is tried.
#[inline(never)]
fn row_problem(row: &Row, tried: RwSignal<bool>) -> Option<String> {
    match row.outcome.get() {
        Outcome::Bad(m)
            if tried.get()
                || !row.progress.get().is_empty()
                || !row.narrative.get().is_empty()
                || !row.done_on.get().is_empty() =>
        {
            Some(m)
        }
        _ => None,
    }
}

/// The key of a period kind, for the kind `<select>`.
fn kind_key(kind: PeriodKind) -> &'static str {
    match kind {
        PeriodKind::Month => "month",
        PeriodKind::Quarter => "quarter",
        PeriodKind::Half => "half",
        PeriodKind::Year => "year",
    }
}

/// "Download my report": the unit's progress reports and the indicator
/// values of a period (unless chosen, the quarter the latest round answers:
/// the quarter just ended within the plan's grace days, else the current
/// one), saved as a unit report file for the plan office to merge.
#[component]
fn ExportReport(unit: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let x = move || state.t().exchange;
    // The period the latest round answers, of the plan's cadence: the one
    // just ended while its reports are still being written (the plan's
    // grace days).
    let grace = move || state.plan.with_untracked(|p| p.grace_days);
    let period = RwSignal::new(state.plan.with_untracked(|p| {
        reporting_period(p.cadence, p.grace_days, state.today.get_untracked())
    }));
    // Where this unit's latest report is, should the period hold none.
    let latest = {
        let unit = unit.clone();
        memo(move || state.plan.with(|p| UnitReport::latest_period(p, &unit)))
    };
    let by = move || {
        let a = state.author.get_untracked();
        match (a.name.trim().is_empty(), a.unit.trim().is_empty()) {
            (false, false) => format!("{} · {}", a.name.trim(), a.unit.trim()),
            (false, true) => a.name.trim().to_string(),
            _ => a.unit.trim().to_string(),
        }
    };
    let report = memo(move || {
        state
            .plan
            .with(|p| UnitReport::of(p, &unit, period.get(), "", ""))
    });
    let on_kind = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let Some(kind) = PeriodKind::ALL.into_iter().find(|k| kind_key(*k) == value) else {
            return;
        };
        period.set(reporting_period_of_kind(
            kind,
            grace(),
            state.today.get_untracked(),
        ));
    };
    let on_period = move |ev: leptos::ev::Event| {
        if let Some(p) = Period::parse(&event_target_value(&ev)) {
            period.set(p);
        }
    };
    let kind_options = move || {
        let current = period.get().kind();
        PeriodKind::ALL
            .into_iter()
            .map(|k| {
                view! { <option value=kind_key(k) selected=k == current>{(t().report.kind_name)(k)}</option> }
            })
            .collect_view()
    };
    let period_options = move || {
        let current = period.get();
        let name = t().report.period_name;
        state
            .plan
            .with(|p| picker_periods(p, current.kind(), current))
            .into_iter()
            .map(|p| view! { <option value=p.to_string() selected=p == current>{name(p)}</option> })
            .collect_view()
    };
    let empty = memo(move || report.with(UnitReport::is_empty));
    let holds = move || {
        let name = t().report.period_name;
        if empty.get() {
            let other = latest.get().filter(|l| *l != period.get());
            let said = (x().holds_nothing)(&name(period.get()), other.map(name).as_deref());
            let take = other.map(|l| {
                view! {
                    <button type="button" class="quiet ex-take" on:click=move |_| period.set(l)>
                        {(x().take_period)(&name(l))}
                    </button>
                }
            });
            return view! { {said} {take} }.into_any();
        }
        report
            .with(|r| {
                let withdrawn = r.updates.iter().filter(|u| u.withdrawn.is_some()).count();
                let mut said = (x().holds)(
                    r.updates.len() - withdrawn,
                    r.values.len(),
                    r.steps.len() + r.replies.len(),
                );
                if withdrawn > 0 {
                    said.push(' ');
                    said.push_str(&(x().holds_withdrawn)(withdrawn));
                }
                said
            })
            .into_any()
    };
    let download = move |_| {
        let mut file = report.get_untracked();
        file.by = by();
        file.exported_at = super::state::now_iso();
        let name = file.file_name();
        match crate::files::download(&name, &export_unit_report(&file), "application/json") {
            Ok(()) => state.info((x().downloaded)(&name)),
            Err(e) => state.error(x().download_failed, vec![e]),
        }
    };
    view! {
        <section class="card ex-export" aria-labelledby="ex-title">
            <h2 id="ex-title" class="section-title">{tr(|t| t.exchange.export_title)}</h2>
            <p class="ex-intro">{tr(|t| t.exchange.export_intro)}</p>
            <div class="ex-controls">
                <div class="field">
                    <label for="ex-kind">{tr(|t| t.exchange.period_kind)}</label>
                    <select id="ex-kind" on:change=on_kind>{dynamic(kind_options)}</select>
                </div>
                <div class="field">
                    <label for="ex-period">{tr(|t| t.exchange.period)}</label>
                    <select id="ex-period" on:change=on_period>{dynamic(period_options)}</select>
                </div>
                <button type="button" class="primary ex-download" on:click=download
                    disabled=move || empty.get() aria-describedby="ex-holds">
                    {tr(|t| t.exchange.download)}
                </button>
            </div>
            <p class="ex-holds" id="ex-holds" aria-live="polite">{dynamic(holds)}</p>
        </section>
    }
}
