//! The key projects: this year's investment summed per key area, per batch
//! and for the whole plan; the count in each phase; the list with lights,
//! investment and the schedule against plan; add and edit.
//!
//! Also the small form helpers the projects, indicators and bulk report
//! views share: number and date parsing with their messages, and a labelled
//! input that shows its problem beside it.

use super::csv_export::{CsvExport, Sheet};
use super::ids::new_id;
use super::nav::RouteLink;
use super::state::use_state;
use super::widgets::{choice_options, chosen, light_badge, progress_bar, Shown};
use crate::command::{Command, CommandError};
use crate::i18n::figures::FiguresText;
use crate::i18n::Catalog;
use crate::investment::{
    by_area, by_batch, completion_vs_plan, phase_counts, project_share, start_vs_plan, whole_plan,
    InvestmentSum,
};
use crate::model::{Choice, Date, Id, Phase, Plan, Project};
use crate::route::Route;
use crate::status::project_statuses;
use crate::validate::{check_entity, Entity, Problem};
use leptos::prelude::*;

/// A number as typed: blank is `None`; `Err` when it is not a number.
pub(crate) fn parse_number(s: &str) -> Result<Option<f64>, ()> {
    crate::input::number(s).map_err(|_| ())
}

/// A date as typed (YYYY-MM-DD): blank is `None`; `Err` when it is not a date.
pub(crate) fn parse_date(s: &str) -> Result<Option<Date>, ()> {
    crate::input::date(s).map_err(|_| ())
}

/// A year as typed: blank is `None`; `Err` unless four digits.
pub(crate) fn parse_year(s: &str) -> Result<Option<i32>, ()> {
    crate::input::year(s).map_err(|_| ())
}

/// A figure for display: thousands grouped, at most two decimals, no trailing zeros.
pub(crate) fn fmt_num(x: f64) -> String {
    crate::input::display(x)
}

/// A figure as it goes into an input: plain, no grouping.
pub(crate) fn plain_num(x: f64) -> String {
    crate::input::plain(x)
}

/// The first field name of a problem's path: `actuals[2].value` → `actuals`.
pub(crate) fn top_field(p: &Problem) -> &str {
    let head = p.path.split('.').next().unwrap_or("");
    head.split('[').next().unwrap_or(head)
}

/// Field messages: those found while reading the inputs, then the plan's rules.
pub(crate) type Messages = Vec<(String, String)>;

pub(crate) fn add_problems(
    t: &'static Catalog,
    msgs: &mut Messages,
    problems: &[Problem],
    map: fn(&Problem) -> String,
) {
    for p in problems {
        let field = map(p);
        if !msgs.iter().any(|(k, _)| *k == field) {
            msgs.push((field, (t.problem_kind)(&p.kind)));
        }
    }
}

pub(crate) fn message_for(msgs: &Messages, field: &str) -> Option<String> {
    msgs.iter()
        .find(|(k, _)| k == field)
        .map(|(_, m)| m.clone())
}

/// A label text from the figures catalog, following the language.
pub(crate) fn label(f: fn(&'static FiguresText) -> &'static str) -> Signal<String> {
    let state = use_state();
    Signal::derive(move || f(state.t().figures).to_string())
}

/// A labelled input with its problem (and an optional hint) beside it.
#[component]
pub(crate) fn Input(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    /// `text` (default) or `date`.
    #[prop(optional)]
    kind: &'static str,
    /// Ask for a decimal keyboard on phones (the input stays text, so a
    /// mistyped number reaches the check and gets its message).
    #[prop(optional)]
    decimal: bool,
    #[prop(optional, into)] hint: Option<Signal<String>>,
) -> impl IntoView {
    let kind = if kind.is_empty() { "text" } else { kind };
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {err_id}")
    } else {
        err_id.clone()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input id=id.clone() type=kind
                inputmode=decimal.then_some("decimal")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=described />
            {hint.map(|h| view! { <span class="hint" id=hint_id.clone()>{move || h.get()}</span> })}
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A labelled select with its problem beside it; `placeholder` is an empty first option.
#[component]
pub(crate) fn Select(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional, into)] placeholder: Option<Signal<String>>,
    #[prop(optional, into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let err_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id.clone()
                on:change=move |ev| value.set(event_target_value(&ev))
                aria-invalid=move || error.get().is_some().to_string()
                aria-describedby=err_id.clone()>
                {placeholder.map(|p| {
                    view! { <option value="" prop:selected=move || value.get().is_empty()>{move || p.get()}</option> }
                })}
                {move || {
                    options.get().into_iter()
                        .map(|(v, text)| {
                            let this = v.clone();
                            view! { <option value=v prop:selected=move || value.get() == this>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

pub(crate) fn unit_options(p: &Plan) -> Vec<(String, String)> {
    p.units
        .iter()
        .map(|u| (u.id.to_string(), u.name.clone()))
        .collect()
}

pub(crate) fn area_options(p: &Plan) -> Vec<(String, String)> {
    p.areas
        .iter()
        .map(|a| (a.id.to_string(), a.title.clone()))
        .collect()
}

pub(crate) fn unit_name(t: &'static Catalog, p: &Plan, id: &Id) -> String {
    p.unit(id)
        .map(|u| u.name.clone())
        .unwrap_or_else(|| t.unknown_unit.to_string())
}

/// Completed investment as a share of this year's target, when there is a target.
pub(crate) fn share(p: &Project) -> Option<f64> {
    project_share(p)
}

/// A share for display, one decimal, with its sign: "64.4%".
fn share_text(s: f64) -> String {
    format!("{}%", fmt_num((s * 10.0).round() / 10.0))
}

/// One row of an investment table: the group's name and its sums.
fn sum_row(name: String, sum: &InvestmentSum, f: &'static FiguresText) -> impl IntoView {
    let share = sum
        .share()
        .map(share_text)
        .unwrap_or_else(|| f.not_set.to_string());
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="num" data-label=f.col_projects_count>{sum.projects}</td>
            <td class="num" data-label=f.col_year_target>{fmt_num(sum.year_target)}</td>
            <td class="num" data-label=f.col_completed>{fmt_num(sum.completed)}</td>
            <td class="num share-figure" data-label=f.col_share_short>{share}</td>
        </tr>
    }
}

/// A compact table of investment sums per group, with the whole plan as its foot.
fn sums_table(
    f: &'static FiguresText,
    caption: &'static str,
    first_col: &'static str,
    rows: Vec<(String, InvestmentSum)>,
    total: &InvestmentSum,
) -> impl IntoView {
    let body = rows
        .into_iter()
        .map(|(name, sum)| sum_row(name, &sum, f))
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="grid-table invest-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first_col}</th>
                        <th scope="col" class="num">{f.col_projects_count}</th>
                        <th scope="col" class="num">{f.col_year_target}</th>
                        <th scope="col" class="num">{f.col_completed}</th>
                        <th scope="col" class="num">{f.col_share_short}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
                <tfoot>{sum_row(f.all_projects.to_string(), total, f)}</tfoot>
            </table>
        </div>
    }
}

/// This year's investment for the whole plan, per key area and per batch, and
/// the number of projects in each phase.
#[component]
fn InvestmentSummary() -> impl IntoView {
    let state = use_state();
    let body = move || {
        let t = state.t();
        let f = t.figures;
        state.plan.with(|p| {
            if p.projects.is_empty() {
                return None;
            }
            let total = whole_plan(p);
            let line = (f.plan_investment)(
                total.projects,
                &fmt_num(total.completed),
                &fmt_num(total.year_target),
                total.share().map(share_text).as_deref(),
            );
            let areas: Vec<(String, InvestmentSum)> = by_area(p)
                .into_iter()
                .map(|(id, sum)| {
                    let name = id
                        .and_then(|id| p.area(&id).map(|a| a.title.clone()))
                        .unwrap_or_else(|| f.no_area.to_string());
                    (name, sum)
                })
                .collect();
            let batches: Vec<(String, InvestmentSum)> = by_batch(p)
                .into_iter()
                .map(|(b, sum)| {
                    let name = if b.is_empty() {
                        f.no_batch.to_string()
                    } else {
                        b
                    };
                    (name, sum)
                })
                .collect();
            let phases = phase_counts(p)
                .into_iter()
                .map(|(phase, n)| {
                    let class = if n == 0 {
                        "phase-count none"
                    } else {
                        "phase-count"
                    };
                    view! { <li class=class>{(f.phase_count)((f.phase_name)(phase), n)}</li> }
                })
                .collect_view();
            let overall = total.share().map(|s| progress_bar(t, f.all_projects, s));
            Some(view! {
                <p class="invest-line">{line}</p>
                {overall.map(|bar| view! { <div class="invest-bar">{bar}</div> })}
                <div class="invest-grid">
                    {sums_table(f, f.by_area_caption, f.col_area, areas, &total)}
                    {sums_table(f, f.by_batch_caption, f.col_batch, batches, &total)}
                </div>
                <h3 class="phases-title" id="phases-title">{f.phases_caption}</h3>
                <ul class="phase-counts" aria-labelledby="phases-title">{phases}</ul>
            })
        })
    };
    view! {
        <section class="investment" aria-labelledby="investment-title">
            <h2 id="investment-title" class="section-title">{move || state.t().figures.investment_title}</h2>
            {body}
        </section>
    }
}

#[component]
pub fn ProjectsView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);

    let table = move || {
        let t = t();
        let f = t.figures;
        let today = state.today.get();
        state.plan.with(|p| {
            if p.projects.is_empty() {
                return view! { <p class="empty">{f.no_projects}</p> }.into_any();
            }
            let rows = p
                .projects
                .iter()
                .zip(project_statuses(p, today))
                .map(|(pr, status)| {
                    let area = pr
                        .area
                        .as_ref()
                        .and_then(|a| p.area(a))
                        .map(|a| a.title.clone())
                        .unwrap_or_default();
                    let route = Route::Project(pr.id.clone());
                    let name = pr.name.clone();
                    view! {
                        <tr>
                            <th scope="row" class="title"><RouteLink route>{name}</RouteLink></th>
                            <td data-label=f.col_area>{area}</td>
                            <td data-label=f.col_lead>{unit_name(t, p, &pr.lead)}</td>
                            <td data-label=f.col_batch>{pr.batch.clone()}</td>
                            <td class="phase" data-label=f.col_phase_schedule>
                                <span class="phase-name">{(f.phase_name)(pr.phase)}</span>
                                <span class="schedule">{(f.start_vs_plan)(&start_vs_plan(pr, today))}</span>
                                <span class="schedule">{(f.completion_vs_plan)(&completion_vs_plan(pr, today))}</span>
                            </td>
                            <td class="num" data-label=f.col_total>{fmt_num(pr.total_investment)}</td>
                            <td class="num" data-label=f.col_year_target>{fmt_num(pr.year_target)}</td>
                            <td class="num" data-label=f.col_completed>{fmt_num(pr.completed_investment)}</td>
                            <td class="share" data-label=f.col_share>
                                {match share(pr) {
                                    Some(s) => progress_bar(t, &pr.name, s).into_any(),
                                    None => view! { <span class="muted">{f.not_set}</span> }.into_any(),
                                }}
                            </td>
                            <td class="light-cell" data-label=t.col_light>{light_badge(t, status, false)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-wrap">
                    <table class="grid-table figures-table projects-table">
                        <thead>
                            <tr>
                                <th scope="col">{f.col_project}</th>
                                <th scope="col">{f.col_area}</th>
                                <th scope="col">{f.col_lead}</th>
                                <th scope="col">{f.col_batch}</th>
                                <th scope="col">{f.col_phase_schedule}</th>
                                <th scope="col" class="num">{f.col_total}</th>
                                <th scope="col" class="num">{f.col_year_target}</th>
                                <th scope="col" class="num">{f.col_completed}</th>
                                <th scope="col">{f.col_share}</th>
                                <th scope="col">{t.col_light}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };

    view! {
        <h1 class="page-title">{move || t().figures.projects_title}</h1>
        <p class="intro">{move || t().figures.projects_intro}</p>
        <InvestmentSummary />
        <div class="section-actions">
            <h2 class="section-title">{move || t().figures.project_list_title}</h2>
            <CsvExport sheet=Sheet::Projects />
            <button type="button" class="primary" aria-expanded=move || adding.get().to_string()
                on:click=move |_| adding.update(|a| *a = !*a)>
                {move || t().figures.add_project}
            </button>
        </div>
        <Shown when=move || adding.get()>
            <ProjectForm initial=None on_done=move || adding.set(false) />
        </Shown>
        {table}
    }
}

/// The project form: adds a project (`initial` = `None`) or edits one.
/// Checked as the user types; nothing invalid is sent.
#[component]
pub(crate) fn ProjectForm(
    initial: Option<Project>,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = initial.is_some();
    let base = initial.unwrap_or_else(|| Project {
        id: new_id("p"),
        name: String::new(),
        area: None,
        lead: Id::new(""),
        total_investment: 0.0,
        year_target: 0.0,
        completed_investment: 0.0,
        phase: Phase::Planned,
        planned_start: None,
        planned_end: None,
        actual_start: None,
        actual_end: None,
        batch: String::new(),
    });
    let num = |x: f64| if editing { plain_num(x) } else { String::new() };
    let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    let name = RwSignal::new(base.name.clone());
    let area = RwSignal::new(base.area.as_ref().map(Id::to_string).unwrap_or_default());
    let lead = RwSignal::new(base.lead.to_string());
    let total = RwSignal::new(num(base.total_investment));
    let year_target = RwSignal::new(num(base.year_target));
    let completed = RwSignal::new(num(base.completed_investment));
    let base_phase = base.phase;
    let phase = RwSignal::new(base_phase.key().to_string());
    let planned_start = RwSignal::new(date(base.planned_start));
    let planned_end = RwSignal::new(date(base.planned_end));
    let actual_start = RwSignal::new(date(base.actual_start));
    let actual_end = RwSignal::new(date(base.actual_end));
    let batch = RwSignal::new(base.batch.clone());
    let tried = RwSignal::new(false);
    let id = base.id.clone();

    let checked = Memo::new(move |_| {
        let t = t();
        let f = t.figures;
        let mut msgs: Messages = Vec::new();
        let mut amount = |field: &str, s: RwSignal<String>| match parse_number(&s.get()) {
            Ok(x) => x.unwrap_or(0.0),
            Err(()) => {
                msgs.push((field.to_string(), f.not_a_number.to_string()));
                0.0
            }
        };
        let total_investment = amount("total_investment", total);
        let year_target = amount("year_target", year_target);
        let completed_investment = amount("completed_investment", completed);
        let mut day = |field: &str, s: RwSignal<String>| match parse_date(&s.get()) {
            Ok(d) => d,
            Err(()) => {
                msgs.push((field.to_string(), f.not_a_date.to_string()));
                None
            }
        };
        let planned_start = day("planned_start", planned_start);
        let planned_end = day("planned_end", planned_end);
        let actual_start = day("actual_start", actual_start);
        let actual_end = day("actual_end", actual_end);
        if lead.get().is_empty() {
            msgs.push(("lead".into(), f.required.to_string()));
        }
        let area = area.get();
        let project = Project {
            id: id.clone(),
            name: name.get().trim().to_string(),
            area: (!area.is_empty()).then_some(Id(area)),
            lead: Id(lead.get()),
            total_investment,
            year_target,
            completed_investment,
            phase: chosen(&phase.get(), base_phase),
            planned_start,
            planned_end,
            actual_start,
            actual_end,
            batch: batch.get().trim().to_string(),
        };
        let problems = state
            .plan
            .with(|p| check_entity(p, &Entity::Project(project.clone())));
        add_problems(t, &mut msgs, &problems, |p| top_field(p).to_string());
        (project, msgs)
    });

    let shown = move |field: &'static str, value: RwSignal<String>| {
        Signal::derive(move || {
            if !tried.get() && value.get().is_empty() {
                return None;
            }
            checked.with(|(_, m)| message_for(m, field))
        })
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (project, msgs) = checked.get_untracked();
        if !msgs.is_empty() {
            return;
        }
        match state.dispatch(Command::Put {
            entity: Entity::Project(project),
            at: None,
        }) {
            Ok(()) => {
                let f = t().figures;
                state.info(if editing {
                    f.project_saved
                } else {
                    f.project_added
                });
                on_done.run(());
            }
            Err(CommandError::Invalid(_)) => {}
            Err(e) => state.error(t().command_error(&e), Vec::new()),
        }
    };

    let units = Signal::derive(move || state.plan.with(unit_options));
    let areas = Signal::derive(move || state.plan.with(area_options));
    let phases = choice_options(state, |t, p: Phase| (t.figures.phase_name)(p));
    let heading = move || {
        let f = t().figures;
        if editing {
            f.edit_project
        } else {
            f.new_project
        }
    };
    let none = Signal::derive(move || t().figures.none_option.to_string());
    let choose = Signal::derive(move || t().choose.to_string());

    view! {
        <form class="card figures-form" on:submit=on_submit novalidate>
            <h2>{heading}</h2>
            <Shown when=move || tried.get() && !checked.with(|(_, m)| m.is_empty())>
                <p class="form-error" role="alert">{move || t().form_has_errors}</p>
            </Shown>
            <div class="grid">
                <Input id="pf-name" label=label(|f| f.field_project_name) value=name error=shown("name", name) />
                <Select id="pf-area" label=label(|f| f.field_area) value=area options=areas placeholder=none error=shown("area", area) />
                <Select id="pf-lead" label=label(|f| f.field_lead) value=lead options=units placeholder=choose error=shown("lead", lead) />
                <Select id="pf-phase" label=label(|f| f.field_phase) value=phase options=phases />
                <Input id="pf-total" label=label(|f| f.field_total) value=total decimal=true error=shown("total_investment", total) />
                <Input id="pf-year" label=label(|f| f.field_year_target) value=year_target decimal=true error=shown("year_target", year_target) />
                <Input id="pf-done" label=label(|f| f.field_completed) value=completed decimal=true error=shown("completed_investment", completed) />
                <Input id="pf-batch" label=label(|f| f.field_batch) value=batch hint=label(|f| f.batch_hint) error=shown("batch", batch) />
                <Input id="pf-pstart" label=label(|f| f.field_planned_start) value=planned_start kind="date" error=shown("planned_start", planned_start) />
                <Input id="pf-pend" label=label(|f| f.field_planned_end) value=planned_end kind="date" error=shown("planned_end", planned_end) />
                <Input id="pf-astart" label=label(|f| f.field_actual_start) value=actual_start kind="date" error=shown("actual_start", actual_start) />
                <Input id="pf-aend" label=label(|f| f.field_actual_end) value=actual_end kind="date" error=shown("actual_end", actual_end) />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{move || t().save}</button>
                <button type="button" on:click=move |_| on_done.run(())>{move || t().cancel}</button>
            </div>
        </form>
    }
}
