//! The key projects: this year's investment summed per key area, per batch
//! and for the whole plan; the count in each phase; the list with lights,
//! investment and the schedule against plan; add and edit.
//!
//! The project form is the one form adding and editing a project.

use super::csv_export::{CsvExport, Sheet};
use super::fields::{
    bad_text, changed, choice_options, chosen, label, messages, read_date, read_money, Bad,
    Messages, SelectField, TextField,
};
use super::form::put_entity;
use super::html::{follow_link, search, set_html};
use super::ids::new_id;
use super::state::use_state;
use super::widgets::{tr, Shown};
use crate::html::{cell_start, elem, light_badge, link, progress_bar, text};
use crate::i18n::figures::FiguresText;
use crate::i18n::Catalog;
use crate::investment::{
    by_area, by_batch, completion_vs_plan, phase_counts, project_share, start_vs_plan, whole_plan,
    InvestmentSum,
};
use crate::model::{Choice, Date, Id, Phase, Plan, Project};
use crate::route::Route;
use crate::status::project_statuses;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::effect;
use crate::ui::widgets::memo;
use crate::validate::{
    actual_dates_after_today, check_entity, implausible_amounts, Entity, Problem,
};
use leptos::prelude::*;

/// A figure for display: thousands grouped, at most two decimals, no trailing zeros.
pub(crate) fn fmt_num(x: f64) -> String {
    crate::input::display(x)
}

/// A figure as it goes into an input: plain, no grouping.
pub(crate) fn plain_num(x: f64) -> String {
    crate::input::plain(x)
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

/// Completed investment as a share of this year's target, when there is a target.
pub(crate) fn share(p: &Project) -> Option<f64> {
    project_share(p)
}

/// A share for display, one decimal, with its sign: "64.4%".
fn share_text(s: f64) -> String {
    format!("{}%", fmt_num((s * 10.0).round() / 10.0))
}

/// One row of an investment table, as escaped HTML: the group's name and
/// its sums.
fn sum_row(out: &mut String, name: &str, sum: &InvestmentSum, f: &FiguresText) {
    let share = sum
        .share()
        .map(share_text)
        .unwrap_or_else(|| f.not_set.to_string());
    out.push_str("<tr>");
    elem(out, "th scope=\"row\"", "", name);
    for (class, label, value) in [
        ("num", f.col_projects_count, sum.projects.to_string()),
        ("num", f.col_year_target, fmt_num(sum.year_target)),
        ("num", f.col_completed, fmt_num(sum.completed)),
        ("num share-figure", f.col_share_short, share),
    ] {
        cell_start(out, class, label);
        text(out, &value);
        out.push_str("</td>");
    }
    out.push_str("</tr>");
}

/// A compact table of investment sums per group, with the whole plan as
/// its foot, as escaped HTML.
fn sums_table(
    out: &mut String,
    f: &FiguresText,
    (caption, first_col): (&str, &str),
    rows: &[(String, InvestmentSum)],
    total: &InvestmentSum,
) {
    out.push_str("<div class=\"table-wrap\"><table class=\"grid-table invest-table\">");
    elem(out, "caption", "", caption);
    out.push_str("<thead><tr>");
    elem(out, "th scope=\"col\"", "", first_col);
    for col in [
        f.col_projects_count,
        f.col_year_target,
        f.col_completed,
        f.col_share_short,
    ] {
        elem(out, "th scope=\"col\"", "num", col);
    }
    out.push_str("</tr></thead><tbody>");
    for (name, sum) in rows {
        sum_row(out, name, sum, f);
    }
    out.push_str("</tbody><tfoot>");
    sum_row(out, f.all_projects, total, f);
    out.push_str("</tfoot></table></div>");
}

/// This year's investment for the whole plan, per key area and per batch,
/// and the number of projects in each phase, as escaped HTML (nothing for a
/// plan without projects).
fn investment_html(out: &mut String, t: &Catalog, p: &Plan) {
    let f = t.figures;
    if p.projects.is_empty() {
        return;
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
    elem(out, "p", "invest-line", &line);
    if let Some(s) = total.share() {
        out.push_str("<div class=\"invest-bar\">");
        progress_bar(out, t, f.all_projects, s);
        out.push_str("</div>");
    }
    out.push_str("<div class=\"invest-grid\">");
    sums_table(out, f, (f.by_area_caption, f.col_area), &areas, &total);
    sums_table(out, f, (f.by_batch_caption, f.col_batch), &batches, &total);
    out.push_str("</div>");
    out.push_str("<h3 class=\"phases-title\" id=\"phases-title\">");
    text(out, f.phases_caption);
    out.push_str("</h3><ul class=\"phase-counts\" aria-labelledby=\"phases-title\">");
    for (phase, n) in phase_counts(p) {
        let class = if n == 0 {
            "phase-count none"
        } else {
            "phase-count"
        };
        elem(out, "li", class, &(f.phase_count)((f.phase_name)(phase), n));
    }
    out.push_str("</ul>");
}

/// The list of projects as escaped HTML: each with its area, lead unit,
/// batch, phase and schedule against plan, investment and light.
fn projects_html(out: &mut String, t: &Catalog, p: &Plan, today: Date, search: &str) {
    let f = t.figures;
    if p.projects.is_empty() {
        elem(out, "p", "empty", f.no_projects);
        return;
    }
    out.push_str(
        "<div class=\"table-wrap\"><table class=\"grid-table figures-table projects-table\"><thead><tr>",
    );
    for (class, col) in [
        ("", f.col_project),
        ("", f.col_area),
        ("", f.col_lead),
        ("", f.col_batch),
        ("", f.col_phase_schedule),
        ("num", f.col_total),
        ("num", f.col_year_target),
        ("num", f.col_completed),
        ("", f.col_share),
        ("", t.col_light),
    ] {
        elem(out, "th scope=\"col\"", class, col);
    }
    out.push_str("</tr></thead><tbody>");
    for (pr, status) in p.projects.iter().zip(project_statuses(p, today)) {
        out.push_str("<tr><th scope=\"row\" class=\"title\">");
        link(
            out,
            &Route::Project(pr.id.clone()).to_query(search),
            &pr.name,
        );
        out.push_str("</th>");
        let area = pr.area.as_ref().and_then(|a| p.area(a));
        cell_start(out, "", f.col_area);
        text(out, area.map_or("", |a| a.title.as_str()));
        out.push_str("</td>");
        cell_start(out, "", f.col_lead);
        text(
            out,
            p.unit(&pr.lead).map_or(t.unknown_unit, |u| u.name.as_str()),
        );
        out.push_str("</td>");
        cell_start(out, "batch", f.col_batch);
        text(out, &pr.batch);
        out.push_str("</td>");
        cell_start(out, "phase", f.col_phase_schedule);
        elem(out, "span", "phase-name", (f.phase_name)(pr.phase));
        elem(
            out,
            "span",
            "schedule",
            &(f.start_vs_plan)(&start_vs_plan(pr, today)),
        );
        elem(
            out,
            "span",
            "schedule",
            &(f.completion_vs_plan)(&completion_vs_plan(pr, today)),
        );
        out.push_str("</td>");
        for (label, value) in [
            (f.col_total, pr.total_investment),
            (f.col_year_target, pr.year_target),
            (f.col_completed, pr.completed_investment),
        ] {
            cell_start(out, "num", label);
            text(out, &fmt_num(value));
            out.push_str("</td>");
        }
        cell_start(out, "share", f.col_share);
        match share(pr) {
            Some(s) => progress_bar(out, t, &pr.name, s),
            None => elem(out, "span", "muted", f.not_set),
        }
        out.push_str("</td>");
        cell_start(out, "light-cell", t.col_light);
        light_badge(out, t, status, None, false);
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table></div>");
}

#[component]
pub fn ProjectsView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);
    // The summary and the list are escaped HTML, drawn again when the plan,
    // the day or the language change; one handler follows the list's links.
    let summary = NodeRef::<leptos::html::Div>::new();
    let list = NodeRef::<leptos::html::Div>::new();
    effect(move || {
        let (Some(summary), Some(list)) = (summary.get(), list.get()) else {
            return;
        };
        let (t, today) = (t(), state.today.get());
        let mut html = String::with_capacity(1 << 14);
        state.plan.with(|p| investment_html(&mut html, t, p));
        set_html(&summary, &html);
        html.clear();
        state
            .plan
            .with(|p| projects_html(&mut html, t, p, today, &search()));
        set_html(&list, &html);
    });

    view! {
        <h1 class="page-title">{tr(|t| t.figures.projects_title)}</h1>
        <p class="intro">{tr(|t| t.figures.projects_intro)}</p>
        <section class="investment" aria-labelledby="investment-title">
            <h2 id="investment-title" class="section-title">{tr(|t| t.figures.investment_title)}</h2>
            <div class="item-html" node_ref=summary></div>
        </section>
        <div class="section-actions">
            <h2 class="section-title">{tr(|t| t.figures.project_list_title)}</h2>
            <CsvExport sheet=Sheet::Projects />
            <button type="button" class="primary" aria-expanded=move || adding.get().to_string()
                on:click=move |_| adding.update(|a| *a = !*a)>
                {tr(|t| t.figures.add_project)}
            </button>
        </div>
        <Shown when=move || adding.get()>
            <ProjectForm initial=None on_done=move || adding.set(false) />
        </Shown>
        <div class="item-html" node_ref=list on:click=move |ev| {
            follow_link(state, &ev);
        }></div>
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
    let opened = initial.clone().map(Entity::Project);
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
    let refused = RwSignal::new(Vec::<Problem>::new());
    let id = base.id.clone();

    let checked = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let mut amount = |field: &str, s: RwSignal<String>| {
            msgs.read(t, field, read_money(&s.get()), None)
                .unwrap_or(0.0)
        };
        let total_investment = amount("total_investment", total);
        let year_target = amount("year_target", year_target);
        let completed_investment = amount("completed_investment", completed);
        let mut day =
            |field: &str, s: RwSignal<String>| msgs.read(t, field, read_date(&s.get()), None);
        let planned_start = day("planned_start", planned_start);
        let planned_end = day("planned_end", planned_end);
        let actual_start = day("actual_start", actual_start);
        let actual_end = day("actual_end", actual_end);
        if lead.get().is_empty() {
            msgs.say("lead", bad_text(t, Bad::Required));
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
        let mut problems = state
            .plan
            .with(|p| check_entity(p, &Entity::Project(project.clone())));
        problems.extend(actual_dates_after_today(&project, state.today.get()));
        problems.extend(implausible_amounts(&project));
        problems.extend(refused.get());
        msgs.problems(problems);
        (project, msgs)
    });
    let msgs = messages(checked);
    let shown = move |field: &'static str, value| {
        super::fields::shown(state, msgs, refused, field, changed(value), tried)
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let (project, msgs) = checked.get_untracked();
        let f = t().figures;
        let ok = if editing {
            f.project_saved
        } else {
            f.project_added
        };
        let entity = msgs.is_empty().then_some(Entity::Project(project));
        put_entity(state, opened.clone(), entity, refused, ok, on_done);
    };

    let units = super::fields::plan_options(state, unit_options);
    let areas = super::fields::plan_options(state, area_options);
    let phases = choice_options(state, |t, p: Phase| (t.figures.phase_name)(p));
    let heading = move || {
        let f = t().figures;
        if editing {
            f.edit_project
        } else {
            f.new_project
        }
    };
    let none = label(|t| t.figures.none_option);
    let choose = label(|t| t.choose);

    view! {
        <form class="card figures-form" on:submit=on_submit novalidate>
            <h2>{dynamic(heading)}</h2>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="pf-name" label=label(|t| t.figures.field_project_name) value=name error=shown("name", name) />
                <SelectField id="pf-area" label=label(|t| t.figures.field_area) value=area options=areas placeholder=none error=shown("area", area) />
                <SelectField id="pf-lead" label=label(|t| t.figures.field_lead) value=lead options=units placeholder=choose error=shown("lead", lead) />
                <SelectField id="pf-phase" label=label(|t| t.figures.field_phase) value=phase options=phases />
                <TextField id="pf-total" label=label(|t| t.figures.field_total) value=total kind="number" error=shown("total_investment", total) />
                <TextField id="pf-year" label=label(|t| t.figures.field_year_target) value=year_target kind="number" error=shown("year_target", year_target) />
                <TextField id="pf-done" label=label(|t| t.figures.field_completed) value=completed kind="number" error=shown("completed_investment", completed) />
                <TextField id="pf-batch" label=label(|t| t.figures.field_batch) value=batch hint=Signal::derive(move || (state.t().figures.batch_hint)(state.plan.with(|p| chrono::Datelike::year(&p.end)))) error=shown("batch", batch) />
                <TextField id="pf-pstart" label=label(|t| t.figures.field_planned_start) value=planned_start kind="date" error=shown("planned_start", planned_start) />
                <TextField id="pf-pend" label=label(|t| t.figures.field_planned_end) value=planned_end kind="date" error=shown("planned_end", planned_end) />
                <TextField id="pf-astart" label=label(|t| t.figures.field_actual_start) value=actual_start kind="date" error=shown("actual_start", actual_start) />
                <TextField id="pf-aend" label=label(|t| t.figures.field_actual_end) value=actual_end kind="date" error=shown("actual_end", actual_end) />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}
