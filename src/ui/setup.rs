//! Strategic goals, key areas and the plan's own settings.
//!
//! Every change goes through [`AppState::dispatch`]. Deleting a goal or an
//! area that others still use opens a panel that re-points them and deletes
//! in ONE [`Command::Batch`], so a single undo brings all of it back.

use super::delete_panel::{DeletePanel, InUse};
use super::fields::{
    changed, choice_options, chosen, label, messages, read_date, read_number, required, shown,
    Messages, SelectField, TextField,
};
use super::form::{put_entity, send};
use super::html::set_lengths;
use super::ids::new_id;
use super::item_list::{buttons_html, close, close_panel, on_item_button, Editing};
use super::nav::RouteLink;
use super::state::use_state;
use super::state::AppState;
use super::widgets::{tr, Shown};
use crate::cascade::{remove_area, remove_goal};
use crate::command::{referrers, Command, Header};
use crate::html::{elem, progress_bar};
use crate::model::{
    Cadence, Choice, Evaluation, Goal, Id, KeyArea, Level, Plan, Supervision, Thresholds,
};
use crate::route::Route;
use crate::status::Rollup;
use crate::ui::widgets::dynamic;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, validate, Entity, Kind, Problem};
use leptos::prelude::*;

/// The options of a level select: each level's key and its name.
pub(super) fn level_options(state: AppState) -> Signal<Vec<(String, String)>> {
    choice_options(state, |t, l: Level| (t.level_name)(l))
}

/// The options of a cadence select: each cadence's key and its name.
pub(super) fn cadence_options(state: AppState) -> Signal<Vec<(String, String)>> {
    choice_options(state, |t, c: Cadence| (t.setup.cadence_name)(c))
}

// ---------------------------------------------------------------------------
// Helpers shared with the units and plans views.

fn show_number(x: f64) -> String {
    crate::input::plain(x)
}

/// One item of a list: its HTML (read-only part and buttons), then its
/// delete panel when open.
fn item(html: String, panel: Option<AnyView>) -> AnyView {
    match panel {
        None => view! { <li class="setup-item" inner_html=html></li> }.into_any(),
        Some(panel) => view! {
            <li class="setup-item"><div class="item-html" inner_html=html></div>{panel}</li>
        }
        .into_any(),
    }
}

// ---------------------------------------------------------------------------

#[component]
pub fn SetupView() -> impl IntoView {
    let state = use_state();
    // The form starts afresh when the header changes (saved, undone, another plan).
    let header = memo(move || state.plan.with(|p| (p.id.clone(), Header::of(p))));
    view! {
        <h1 class="page-title">{tr(|t| t.setup.setup_title)}</h1>
        <div class="setup">
            {move || {
                let (id, h) = header.get();
                view! { <SettingsForm plan_id=id header=h /> }
            }}
            <GoalsSection />
            <AreasSection />
        </div>
    }
}

// ---------------------------------------------------------------------------
// Plan settings

#[component]
fn SettingsForm(plan_id: Id, header: Header) -> impl IntoView {
    let state = use_state();
    let title = RwSignal::new(header.title.clone());
    let description = RwSignal::new(header.description.clone());
    let level = RwSignal::new(header.level.key().to_string());
    let issuer = RwSignal::new(header.issuer.clone());
    let start = RwSignal::new(header.start.to_string());
    let end = RwSignal::new(header.end.to_string());
    let cadence = RwSignal::new(header.cadence.key().to_string());
    let at_risk = RwSignal::new(show_number(header.thresholds.at_risk_lag));
    let lagging = RwSignal::new(show_number(header.thresholds.lagging_lag));
    let warning = RwSignal::new(header.thresholds.warning_days.to_string());
    let grace = RwSignal::new(header.grace_days.to_string());
    let on_time_weight = RwSignal::new(show_number(header.evaluation.on_time_weight));
    let progress_weight = RwSignal::new(show_number(header.evaluation.progress_weight));
    let reporting_weight = RwSignal::new(show_number(header.evaluation.reporting_weight));
    let notices_weight = RwSignal::new(show_number(header.evaluation.notices_weight));
    let verification = RwSignal::new(header.supervision.verification_required);
    let sign_days = RwSignal::new(
        header
            .supervision
            .sign_within_days
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());

    let checked = memo(move || {
        let t = state.t();
        let s = t.setup;
        let mut msgs = Messages::default();
        let mut read = |field: &str, typed: &str| {
            msgs.read(t, field, required(read_number(typed)).map(Some), None)
        };
        let at = read("thresholds.at_risk_lag", &at_risk.get());
        let lag = read("thresholds.lagging_lag", &lagging.get());
        let weights = [
            ("evaluation.on_time_weight", &on_time_weight),
            ("evaluation.progress_weight", &progress_weight),
            ("evaluation.reporting_weight", &reporting_weight),
            ("evaluation.notices_weight", &notices_weight),
        ]
        .map(|(field, w)| read(field, &w.get()).unwrap_or(0.0));
        let start_d = msgs.read(
            t,
            "start",
            required(read_date(&start.get())).map(Some),
            None,
        );
        let end_d = msgs.read(t, "end", required(read_date(&end.get())).map(Some), None);
        let days = warning.get().trim().parse::<u32>().ok();
        let grace_days = grace.get().trim().parse::<u32>().ok();
        if grace_days.is_none() {
            msgs.say("grace_days", s.not_whole_days);
        }
        if days.is_none() {
            msgs.say("thresholds.warning_days", s.not_whole_days);
        }
        // Days to sign for: blank is no limit.
        let sign_typed = sign_days.get();
        let sign_within_days = match sign_typed.trim() {
            "" => None,
            typed => {
                let read = typed.parse::<u32>().ok();
                if read.is_none() {
                    msgs.say("supervision.sign_within_days", s.not_whole_days);
                }
                read
            }
        };
        let thresholds = Thresholds {
            at_risk_lag: at.unwrap_or(0.0),
            lagging_lag: lag.unwrap_or(0.0),
            warning_days: days.unwrap_or(0),
        };
        let evaluation = Evaluation {
            on_time_weight: weights[0],
            progress_weight: weights[1],
            reporting_weight: weights[2],
            notices_weight: weights[3],
        };
        let some_day = start_d.or(end_d).unwrap_or_default();
        let header = Header {
            title: title.get().trim().to_string(),
            description: description.get().trim().to_string(),
            level: chosen(&level.get(), header.level),
            issuer: issuer.get().trim().to_string(),
            start: start_d.unwrap_or(some_day),
            end: end_d.unwrap_or(some_day),
            cadence: chosen(&cadence.get(), header.cadence),
            grace_days: grace_days.unwrap_or(0),
            thresholds,
            evaluation,
            supervision: Supervision {
                verification_required: verification.get(),
                sign_within_days,
            },
        };
        // The same rules the plan applies to SetHeader.
        let mut probe = Plan::new(
            plan_id.clone(),
            header.title.clone(),
            header.start,
            header.end,
        );
        probe.thresholds = header.thresholds.clone();
        probe.evaluation = header.evaluation.clone();
        probe.grace_days = header.grace_days;
        probe.supervision = header.supervision.clone();
        // All three weights at zero is the problem at `evaluation`, said
        // once under the weights.
        msgs.problems_at(
            validate(&probe),
            &[
                "title",
                "end",
                "grace_days",
                "thresholds",
                "evaluation",
                "supervision",
            ],
        );
        (msgs.is_empty().then_some(header), msgs)
    });
    let msgs = messages(checked);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    // Each weight's own message, beside it.
    let on_time_error = err("evaluation.on_time_weight", on_time_weight);
    let progress_error = err("evaluation.progress_weight", progress_weight);
    let reporting_error = err("evaluation.reporting_weight", reporting_weight);
    let notices_error = err("evaluation.notices_weight", notices_weight);
    // The weights' joint problem (all three at zero), once any weight was
    // changed or a save tried; a weight's own problem, which the path
    // `evaluation` also covers, is said beside that weight only.
    let weights_changed = [
        on_time_weight,
        progress_weight,
        reporting_weight,
        notices_weight,
    ]
    .map(changed);
    let joint_error = shown(
        state,
        msgs,
        refused,
        "evaluation",
        Signal::derive(move || weights_changed.iter().any(|c| c.get())),
        tried,
    );
    let weights_error = Signal::derive(move || {
        joint_error.get().filter(|m| {
            ![
                on_time_error,
                progress_error,
                reporting_error,
                notices_error,
            ]
            .iter()
            .any(|own| own.with(|own| own.as_deref() == Some(m.as_str())))
        })
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        refused.set(Vec::new());
        let Some(header) = checked.get_untracked().0 else {
            return;
        };
        send(
            state,
            Command::SetHeader(header),
            Some(refused),
            state.t().setup.settings_saved.to_string(),
        );
    };

    let levels = level_options(state);
    let cadences = cadence_options(state);

    view! {
        <section class="card setup-settings" aria-labelledby="settings-h">
            <h2 id="settings-h">{tr(|t| t.setup.settings_title)}</h2>
            <form on:submit=on_submit novalidate>
                <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                    <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
                </Shown>
                <div class="grid">
                    <TextField id="ps-title" label=label(|t| t.setup.field_plan_title) value=title
                        error=err("title", title) required=true />
                    <SelectField id="ps-level" label=label(|t| t.setup.field_level) value=level options=levels />
                    <TextField id="ps-issuer" label=label(|t| t.setup.field_issuer) value=issuer />
                    <SelectField id="ps-cadence" label=label(|t| t.setup.field_cadence) value=cadence options=cadences />
                    <TextField id="ps-grace" label=label(|t| t.setup.field_grace_days) value=grace
                        kind="number" error=err("grace_days", grace) />
                    <TextField id="ps-start" label=label(|t| t.setup.field_period_start) value=start
                        kind="date" error=err("start", start) required=true />
                    <TextField id="ps-end" label=label(|t| t.setup.field_period_end) value=end
                        kind="date" error=err("end", end) required=true />
                </div>
                <TextField id="ps-description" label=label(|t| t.setup.field_description)
                    value=description kind="textarea" />
                <fieldset class="thresholds">
                    <legend>{tr(|t| t.setup.thresholds_legend)}</legend>
                    <div class="grid">
                        <TextField id="ps-at-risk" label=label(|t| t.setup.field_at_risk) value=at_risk
                            kind="number" error=err("thresholds.at_risk_lag", at_risk) />
                        <TextField id="ps-lagging" label=label(|t| t.setup.field_lagging) value=lagging
                            kind="number" error=err("thresholds.lagging_lag", lagging) />
                        <TextField id="ps-warning" label=label(|t| t.setup.field_warning_days) value=warning
                            kind="number" error=err("thresholds.warning_days", warning) />
                    </div>
                </fieldset>
                <fieldset class="thresholds evaluation" id="ps-evaluation" aria-describedby="ps-evaluation-hint ps-evaluation-error">
                    <legend>{tr(|t| t.setup.evaluation_legend)}</legend>
                    <p class="hint" id="ps-evaluation-hint">
                        {tr(|t| t.setup.evaluation_hint)}
                        " "
                        <RouteLink route=Route::Units>{tr(|t| t.setup.see_scoreboard)}</RouteLink>
                    </p>
                    <div class="grid">
                        <TextField id="ps-w-on-time" label=label(|t| t.setup.field_on_time_weight) value=on_time_weight
                            kind="number" error=on_time_error />
                        <TextField id="ps-w-progress" label=label(|t| t.setup.field_progress_weight) value=progress_weight
                            kind="number" error=progress_error />
                        <TextField id="ps-w-reporting" label=label(|t| t.setup.field_reporting_weight) value=reporting_weight
                            kind="number" error=reporting_error />
                        <TextField id="ps-w-notices" label=label(|t| t.bulletin.field_notices_weight) value=notices_weight
                            kind="number" error=notices_error />
                    </div>
                    <p class="field-error" id="ps-evaluation-error" aria-live="polite">{move || weights_error.get()}</p>
                </fieldset>
                <fieldset class="thresholds supervision" id="ps-supervision" aria-describedby="ps-supervision-hint">
                    <legend>{tr(|t| t.bulletin.settings_legend)}</legend>
                    <p class="hint" id="ps-supervision-hint">{tr(|t| t.bulletin.settings_hint)}</p>
                    <label class="choice">
                        <input type="checkbox" id="ps-verification" prop:checked=move || verification.get()
                            on:change=move |ev| verification.set(event_target_checked(&ev)) />
                        {tr(|t| t.bulletin.field_verification)}
                    </label>
                    <div class="grid">
                        <TextField id="ps-sign-days" label=label(|t| t.bulletin.field_sign_days) value=sign_days
                            kind="number" error=err("supervision.sign_within_days", sign_days) />
                    </div>
                </fieldset>
                <div class="form-actions">
                    <button type="submit" class="primary">{tr(|t| t.setup.save_settings)}</button>
                </div>
            </form>
        </section>
    }
}

// ---------------------------------------------------------------------------
// Strategic goals

#[component]
fn GoalsSection() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(Editing::Closed);
    let deleting = RwSignal::new(None::<Id>);

    let list = move || {
        let t = t();
        let s = t.setup;
        let goals: Vec<(Goal, usize)> = state.plan.with(|p| {
            p.goals
                .iter()
                .map(|g| {
                    let n = p
                        .areas
                        .iter()
                        .filter(|a| a.goal.as_ref() == Some(&g.id))
                        .count();
                    (g.clone(), n)
                })
                .collect()
        });
        if goals.is_empty() {
            return view! { <p class="empty">{s.no_goals}</p> }.into_any();
        }
        let len = goals.len();
        let items = goals
            .into_iter()
            .enumerate()
            .map(|(i, (g, n))| {
                let id = g.id.clone();
                if editing.get() == Editing::Item(id.clone()) {
                    return view! {
                        <li class="setup-item editing">
                            <GoalForm existing=Some(g) on_done=move || close(editing, id.clone()) />
                        </li>
                    }
                    .into_any();
                }
                let mut html = String::from("<div class=\"item-main\">");
                elem(&mut html, "h3", "", &g.title);
                if !g.description.is_empty() {
                    elem(&mut html, "p", "item-desc", &g.description);
                }
                elem(&mut html, "p", "item-meta", &(s.areas_under_goal)(n));
                html.push_str("</div>");
                buttons_html(&mut html, t, (i, len), &g.id, &g.title);
                let panel = (deleting.get().as_ref() == Some(&g.id)).then(|| {
                    view! { <GoalDeletePanel id=g.id.clone() on_done=move || close_panel(deleting, id.clone()) /> }
                });
                item(html, panel.map(IntoAny::into_any))
            })
            .collect_view();
        view! {
            <ol class="setup-list" on:click=move |ev| {
                on_item_button(state, Kind::Goal, editing, deleting, &ev);
            }>{items}</ol>
        }
        .into_any()
    };

    view! {
        <section class="card setup-section" aria-labelledby="goals-h">
            <div class="section-head">
                <h2 id="goals-h">{tr(|t| t.setup.goals_title)}</h2>
                <button type="button" class="primary"
                    aria-expanded=move || (editing.get() == Editing::Adding).to_string()
                    on:click=move |_| {
                        deleting.set(None);
                        editing.update(|e| *e = if *e == Editing::Adding { Editing::Closed } else { Editing::Adding });
                    }>
                    {tr(|t| t.setup.add_goal)}
                </button>
            </div>
            <Shown when=move || editing.get() == Editing::Adding>
                <GoalForm existing=None on_done=move || {
                    editing.set(Editing::Closed);
                    // Back to the add button, ready for the next goal.
                    super::focus::focus_back(vec!["#goals-h + button".to_string()], "goals-h");
                } />
            </Shown>
            {dynamic(list)}
        </section>
    }
}

#[component]
fn GoalForm(
    existing: Option<Goal>,
    /// Called when the form is saved or cancelled (one type for every
    /// caller, so the form is compiled once).
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let is_new = existing.is_none();
    let opened = existing.clone().map(Entity::Goal);
    let id = existing
        .as_ref()
        .map(|g| g.id.clone())
        .unwrap_or_else(|| new_id("g"));
    let title = RwSignal::new(
        existing
            .as_ref()
            .map(|g| g.title.clone())
            .unwrap_or_default(),
    );
    let description = RwSignal::new(existing.map(|g| g.description).unwrap_or_default());
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let checked = memo(move || {
        let goal = Goal {
            id: id.clone(),
            title: title.get().trim().to_string(),
            description: description.get().trim().to_string(),
        };
        let problems = state
            .plan
            .with(|p| check_entity(p, &Entity::Goal(goal.clone())));
        let mut msgs = Messages::default();
        msgs.problems(problems);
        (msgs.is_empty().then_some(goal), msgs)
    });
    let msgs = messages(checked);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        refused.set(Vec::new());
        let entity = checked.get_untracked().0.map(Entity::Goal);
        let saved = state.t().setup.saved;
        put_entity(state, opened.clone(), entity, refused, saved, on_done);
    };
    let heading = move || {
        if is_new {
            t().setup.new_goal
        } else {
            t().setup.edit_goal
        }
    };
    view! {
        <form data-opened="" class="inline-form" on:submit=on_submit novalidate aria-label=heading>
            <h3>{dynamic(heading)}</h3>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <TextField id="goal-title" label=label(|t| t.setup.field_goal_title) value=title
                error=err("title", title) required=true />
            <TextField id="goal-description" label=label(|t| t.setup.field_goal_description)
                value=description kind="textarea" />
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// A goal still has areas under it: move them to another goal, or detach them.
#[component]
fn GoalDeletePanel(id: Id, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let info = state.plan.with_untracked(|p| {
        let n = p
            .areas
            .iter()
            .filter(|a| a.goal.as_ref() == Some(&id))
            .count();
        InUse {
            kind: Kind::Goal,
            prefix: "goal-del",
            name: p.goal(&id).map(|g| g.title.clone()).unwrap_or_default(),
            used_by: (t.setup.goal_used_by)(n),
            others: p
                .goals
                .iter()
                .filter(|g| g.id != id)
                .map(|g| (g.id.to_string(), g.title.clone()))
                .collect(),
            needs_target: true,
            target_label: |t| t.setup.reassign_to_goal,
            detach: Some((|t| t.setup.reassign_goal, |t| t.setup.detach_goal)),
            note: None,
            command: remove_goal,
        }
    });
    view! { <DeletePanel id info on_done /> }
}

// ---------------------------------------------------------------------------
// Key areas

#[component]
fn AreasSection() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(Editing::Closed);
    let deleting = RwSignal::new(None::<Id>);

    let list = move || {
        let t = t();
        let s = t.setup;
        let areas: Vec<(KeyArea, Option<String>, Rollup)> = state.plan.with(|p| {
            let rollups = state.task_index.with(|index| index.by_area(p));
            p.areas
                .iter()
                .zip(rollups)
                .map(|(a, (_, r))| {
                    let goal = a
                        .goal
                        .as_ref()
                        .and_then(|g| p.goal(g))
                        .map(|g| g.title.clone());
                    (a.clone(), goal, r)
                })
                .collect()
        });
        if areas.is_empty() {
            return view! { <p class="empty">{t.no_areas}</p> }.into_any();
        }
        let len = areas.len();
        let items = areas
            .into_iter()
            .enumerate()
            .map(|(i, (a, goal, r))| {
                let id = a.id.clone();
                if editing.get() == Editing::Item(id.clone()) {
                    return view! {
                        <li class="setup-item editing">
                            <AreaForm existing=Some(a) on_done=move || close(editing, id.clone()) />
                        </li>
                    }
                    .into_any();
                }
                let mut html = String::from("<div class=\"item-main\">");
                elem(&mut html, "h3", "", &a.title);
                if let Some(g) = goal {
                    elem(&mut html, "p", "item-meta", &(s.under_goal)(&g));
                }
                if !a.description.is_empty() {
                    elem(&mut html, "p", "item-desc", &a.description);
                }
                html.push_str("<div class=\"item-rollup\">");
                elem(&mut html, "span", "count", &(t.task_count)(r.tasks));
                if let Some(v) = r.progress {
                    progress_bar(&mut html, t, &a.title, v);
                }
                html.push_str("</div>");
                if r.tasks > 0 {
                    let c = r.counts;
                    let lights = (t.lights_summary)(c.completed, c.green, c.yellow, c.red, c.grey);
                    elem(&mut html, "p", "item-meta", &lights);
                }
                html.push_str("</div>");
                buttons_html(&mut html, t, (i, len), &a.id, &a.title);
                let panel = (deleting.get().as_ref() == Some(&a.id)).then(|| {
                    view! { <AreaDeletePanel id=a.id.clone() on_done=move || close_panel(deleting, id.clone()) /> }
                });
                item(html, panel.map(IntoAny::into_any))
            })
            .collect_view();
        // The progress bars' widths, once the items are in the page.
        crate::ui::widgets::next_frame(|| {
            if let Some(list) = document().get_element_by_id("areas-list") {
                set_lengths(&list);
            }
        });
        view! {
            <ol class="setup-list" id="areas-list" on:click=move |ev| {
                on_item_button(state, Kind::Area, editing, deleting, &ev);
            }>{items}</ol>
        }
        .into_any()
    };

    view! {
        <section class="card setup-section" aria-labelledby="areas-h">
            <div class="section-head">
                <h2 id="areas-h">{tr(|t| t.setup.areas_title)}</h2>
                <button type="button" class="primary"
                    aria-expanded=move || (editing.get() == Editing::Adding).to_string()
                    on:click=move |_| {
                        deleting.set(None);
                        editing.update(|e| *e = if *e == Editing::Adding { Editing::Closed } else { Editing::Adding });
                    }>
                    {tr(|t| t.setup.add_area)}
                </button>
            </div>
            <Shown when=move || editing.get() == Editing::Adding>
                <AreaForm existing=None on_done=move || {
                    editing.set(Editing::Closed);
                    super::focus::focus_back(vec!["#areas-h + button".to_string()], "areas-h");
                } />
            </Shown>
            {dynamic(list)}
        </section>
    }
}

#[component]
fn AreaForm(
    existing: Option<KeyArea>,
    /// Called when the form is saved or cancelled (one type for every
    /// caller, so the form is compiled once).
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let is_new = existing.is_none();
    let opened = existing.clone().map(Entity::Area);
    let id = existing
        .as_ref()
        .map(|a| a.id.clone())
        .unwrap_or_else(|| new_id("a"));
    let title = RwSignal::new(
        existing
            .as_ref()
            .map(|a| a.title.clone())
            .unwrap_or_default(),
    );
    let description = RwSignal::new(
        existing
            .as_ref()
            .map(|a| a.description.clone())
            .unwrap_or_default(),
    );
    let goal = RwSignal::new(
        existing
            .and_then(|a| a.goal)
            .map(|g| g.to_string())
            .unwrap_or_default(),
    );
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());
    let checked = memo(move || {
        let g = goal.get();
        let area = KeyArea {
            id: id.clone(),
            title: title.get().trim().to_string(),
            description: description.get().trim().to_string(),
            goal: (!g.is_empty()).then_some(Id(g)),
        };
        let problems = state
            .plan
            .with(|p| check_entity(p, &Entity::Area(area.clone())));
        let mut msgs = Messages::default();
        msgs.problems(problems);
        (msgs.is_empty().then_some(area), msgs)
    });
    let msgs = messages(checked);
    let err =
        move |field: &'static str, value| shown(state, msgs, refused, field, changed(value), tried);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        refused.set(Vec::new());
        let entity = checked.get_untracked().0.map(Entity::Area);
        let saved = state.t().setup.saved;
        put_entity(state, opened.clone(), entity, refused, saved, on_done);
    };
    let goals = super::fields::plan_options(state, |p| {
        p.goals
            .iter()
            .map(|g| (g.id.to_string(), g.title.clone()))
            .collect()
    });
    let heading = move || {
        if is_new {
            t().setup.new_area
        } else {
            t().setup.edit_area
        }
    };
    view! {
        <form data-opened="" class="inline-form" on:submit=on_submit novalidate aria-label=heading>
            <h3>{dynamic(heading)}</h3>
            <Shown when=move || tried.get() && !msgs.with(Messages::is_empty)>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id="area-title" label=label(|t| t.setup.field_area_title) value=title
                    error=err("title", title) required=true />
                <SelectField id="area-goal" label=label(|t| t.setup.field_area_goal) value=goal
                    options=goals placeholder=label(|t| t.setup.no_goal)
                    error=err("goal", goal) />
            </div>
            <TextField id="area-description" label=label(|t| t.setup.field_area_description)
                value=description kind="textarea" />
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}

/// An area is still used: its tasks, projects and indicators move to another
/// area (a task must have one), then the area goes, as one change.
#[component]
fn AreaDeletePanel(id: Id, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let info = state.plan.with_untracked(|p| {
        let by = referrers(p, Kind::Area, &id);
        let n = |k: Kind| by.iter().filter(|(kind, _)| *kind == k).count();
        InUse {
            kind: Kind::Area,
            prefix: "area-del",
            name: p.area(&id).map(|a| a.title.clone()).unwrap_or_default(),
            used_by: (t.setup.area_used_by)(n(Kind::Task), n(Kind::Project), n(Kind::Indicator)),
            others: p
                .areas
                .iter()
                .filter(|a| a.id != id)
                .map(|a| (a.id.to_string(), a.title.clone()))
                .collect(),
            needs_target: true,
            target_label: |t| t.setup.reassign_to_area,
            detach: None,
            note: None,
            command: remove_area,
        }
    });
    view! { <DeletePanel id info on_done /> }
}
