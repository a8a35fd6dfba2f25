//! The form that adds a task. It checks the task against the plan's rules
//! as the user types and shows each problem next to its field.

use super::use_state;
use super::widgets::{SelectField, TextField};
use crate::command::{Command, CommandError};
use crate::model::{Date, Id, Requirement, Task, Tier};
use crate::validate::{check_entity, Entity, Problem};
use leptos::prelude::*;

const TIERS: [Tier; 3] = [Tier::Regular, Tier::Key, Tier::KeyBreakthrough];

#[component]
pub fn TaskForm(on_done: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let code = RwSignal::new(String::new());
    let title = RwSignal::new(String::new());
    let area = RwSignal::new(String::new());
    let lead = RwSignal::new(String::new());
    let tier = RwSignal::new(0usize);
    let start = RwSignal::new(String::new());
    let deadline = RwSignal::new(String::new());
    let tried = RwSignal::new(false);
    let id = Id::generate(
        "t",
        js_sys::Date::now() as u64,
        (js_sys::Math::random() * 4e9) as u32,
    );

    let build = move || Task {
        id: id.clone(),
        code: code.get().trim().to_string(),
        title: title.get().trim().to_string(),
        description: String::new(),
        area: Id(area.get()),
        tier: TIERS[tier.get()],
        lead: Id(lead.get()),
        co_units: Vec::new(),
        leader: String::new(),
        start: parse_date(&start.get()),
        deadline: parse_date(&deadline.get()),
        milestones: Vec::new(),
        requirement: Requirement::default(),
        weight: 1.0,
        tags: Vec::new(),
    };
    let build_for_problems = build.clone();
    let problems = Memo::new(move |_| {
        let task = build_for_problems();
        state.plan.with(|p| check_entity(p, &Entity::Task(task)))
    });
    // A field's message shows once the user has typed in it or tried to save.
    let message = move |field: &'static str, touched: bool| {
        let t = t();
        problems.with(|ps| {
            ps.iter()
                .filter(|p| p.path == field)
                .map(|p: &Problem| (t.problem_kind)(&p.kind))
                .next()
                .filter(|_| touched || tried.get())
        })
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !problems.with(Vec::is_empty) {
            return;
        }
        match state.dispatch(Command::Put {
            entity: Entity::Task(build()),
            at: None,
        }) {
            Ok(_) => {
                state.info(t().task_added);
                on_done();
            }
            Err(CommandError::Invalid(_)) => {}
            Err(e) => state.error(t().command_error(&e), Vec::new()),
        }
    };

    // Thin wrappers over the shared fields: the label from the catalog, the
    // problem from this form's check.
    let field = move |name: &'static str,
                      label: fn(&'static crate::i18n::Catalog) -> &'static str,
                      value: RwSignal<String>,
                      kind: &'static str| {
        view! {
            <TextField id=format!("f-{name}") label=Signal::derive(move || label(t()).to_string())
                value kind error=Signal::derive(move || message(name, !value.get().is_empty())) />
        }
    };

    let select = move |name: &'static str,
                       label: fn(&'static crate::i18n::Catalog) -> &'static str,
                       value: RwSignal<String>,
                       options: Signal<Vec<(String, String)>>| {
        view! {
            <SelectField id=format!("f-{name}") label=Signal::derive(move || label(t()).to_string())
                value options placeholder=Signal::derive(move || t().choose.to_string())
                error=Signal::derive(move || message(name, !value.get().is_empty())) />
        }
    };

    let areas = Signal::derive(move || {
        state.plan.with(|p| {
            p.areas
                .iter()
                .map(|a| (a.id.to_string(), a.title.clone()))
                .collect()
        })
    });
    let units = Signal::derive(move || {
        state.plan.with(|p| {
            p.units
                .iter()
                .map(|u| (u.id.to_string(), u.name.clone()))
                .collect()
        })
    });

    view! {
        <form class="card task-form" on:submit=on_submit novalidate>
            <h2>{move || t().new_task}</h2>
            <Show when=move || tried.get() && !problems.with(Vec::is_empty)>
                <p class="form-error" role="alert">{move || t().form_has_errors}</p>
            </Show>
            <div class="grid">
                {field("code", |t| t.field_code, code, "text")}
                {field("title", |t| t.field_title, title, "text")}
                {select("area", |t| t.field_area, area, areas)}
                {select("lead", |t| t.field_lead, lead, units)}
                <div class="field">
                    <label for="f-tier">{move || t().field_tier}</label>
                    <select id="f-tier" on:change=move |ev| {
                        tier.set(event_target_value(&ev).parse().unwrap_or(0))
                    }>
                        {TIERS.iter().enumerate()
                            .map(|(i, x)| view! { <option value=i.to_string()>{move || (t().tier_name)(*x)}</option> })
                            .collect_view()}
                    </select>
                </div>
                {field("start", |t| t.field_start, start, "date")}
                {field("deadline", |t| t.field_deadline, deadline, "date")}
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{move || t().save}</button>
                <button type="button" on:click=move |_| on_done()>{move || t().cancel}</button>
            </div>
        </form>
    }
}

fn parse_date(s: &str) -> Option<Date> {
    Date::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}
