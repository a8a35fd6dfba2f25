//! One task: its fields, milestones and progress ledger. Its editor is the
//! task form ([`TaskForm`]), the same one that adds a task.
//!
//! Every change (the task's fields, a milestone, its place in the list, its
//! deletion) is one command through `dispatch`, so each can be undone.

use super::fields::{changed, label, messages, read_date, required, shown, Messages, TextField};
use super::focus::focus_back;
use super::form::{send, send_then};
use super::ledger::Ledger;
use super::nav::RouteLink;
use super::state::use_state;
use super::task_form::TaskForm;
use super::widgets::{confirm, tr, Shown};
use crate::command::{label_of, task_step, Command, Step};
use crate::html::{elem, item_button, text, ItemButton};
use crate::i18n::Catalog;
use crate::model::task_texts::TASK_TEXTS;
use crate::model::{Id, Milestone, Plan, Subject, Task};
use crate::route::Route;
use crate::status::{milestone_status, task_status, Light};
use crate::ui::widgets::dynamic;
use crate::ui::widgets::memo;
use crate::validate::{check_entity, Entity, Kind, Problem};
use leptos::prelude::*;
use std::fmt::Write;

#[component]
pub fn TaskPage(id: Id) -> impl IntoView {
    let state = use_state();
    let exists = {
        let id = id.clone();
        memo(move || state.plan.with(|p| p.task(&id).is_some()))
    };
    view! {
        <div class="task-page">
            <p class="back-link">
                <RouteLink route=Route::Tasks(crate::query::TaskQuery::default())>{tr(|t| t.back_to_tasks)}</RouteLink>
            </p>
            <Shown when=move || exists.get()
                fallback=move || view! {
                    <h1 class="page-title">{tr(|t| t.ledger.task_missing)}</h1>
                    <p class="empty">{tr(|t| t.not_found_item)}</p>
                }>
                <TaskBody id=id.clone() />
            </Shown>
        </div>
    }
}

/// The label of the task "Move up" or "Move down" would pass, if any.
fn passed_label(plan: &Plan, id: &Id, step: Step) -> Option<String> {
    task_step(plan, id, step).map(|(_, other)| label_of(plan, Kind::Task, &other))
}

#[component]
fn TaskBody(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let editing = RwSignal::new(false);
    let task = {
        let id = id.clone();
        memo(move || state.plan.with(|p| p.task(&id).cloned()))
    };

    let heading = move || {
        task.with(|task| {
            task.as_ref()
                .map(|task| {
                    if task.code.trim().is_empty() {
                        task.title.clone()
                    } else {
                        format!("{} {}", task.code, task.title)
                    }
                })
                .unwrap_or_default()
        })
    };

    let move_by = {
        let id = id.clone();
        move |step: Step| {
            let Some((cmd, other)) = state.plan.with_untracked(|p| {
                task_step(p, &id, step).map(|(cmd, other)| (cmd, label_of(p, Kind::Task, &other)))
            }) else {
                return;
            };
            send(
                state,
                cmd,
                None,
                (state.t().ledger.task_moved)(step == Step::Up, &other),
            );
        }
    };
    let move_up = move_by.clone();
    let move_down = move_by;
    let hint = {
        let id = id.clone();
        move |step: Step| {
            let other = state.plan.with(|p| passed_label(p, &id, step));
            (t().ledger.move_hint)(step == Step::Up, other.as_deref())
        }
    };
    let up_hint = hint.clone();
    let up_title = hint.clone();
    let down_hint = hint.clone();
    let down_title = hint;
    let can_up = {
        let id = id.clone();
        move || state.plan.with(|p| task_step(p, &id, Step::Up).is_some())
    };
    let can_down = {
        let id = id.clone();
        move || state.plan.with(|p| task_step(p, &id, Step::Down).is_some())
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let t = state.t();
            let (title, reports) = state.plan.with_untracked(|p| {
                (
                    p.task(&id).map(|x| x.title.clone()).unwrap_or_default(),
                    p.reports_on(&Subject::Task(id.clone())).len(),
                )
            });
            if !confirm(&(t.ledger.delete_task_confirm)(&title, reports)) {
                return;
            }
            let cmd = Command::Remove {
                kind: Kind::Task,
                id: id.clone(),
            };
            // To the table first: moving on clears the notices.
            let to_table = || state.navigate(Route::Tasks(crate::query::TaskQuery::default()));
            send_then(
                state,
                cmd,
                None,
                t.ledger.task_deleted.into(),
                Some(&to_table),
            );
        }
    };

    // The facts, read-only, as escaped HTML (the progress bar's width set
    // once it is in the page).
    let facts_el = NodeRef::<leptos::html::Dl>::new();
    super::widgets::effect(move || {
        let Some(el) = facts_el.get() else {
            return;
        };
        let t = t();
        let today = state.today.get();
        let mut html = String::with_capacity(4096);
        task.with(|task| {
            if let Some(task) = task {
                state
                    .plan
                    .with(|p| task_facts(&mut html, t, p, task, today));
            }
        });
        super::html::set_html(&el, &html);
    });

    let editor = move || {
        task.get_untracked().map(|task| {
            let done = move || {
                editing.set(false);
                focus_back(vec!["#edit-task".into()], "task-details");
            };
            view! { <TaskForm task=Some(task) on_done=done /> }
        })
    };

    let milestones_id = id.clone();
    view! {
        <header class="task-head">
            <h1 class="page-title">{dynamic(heading)}</h1>
            <div class="task-actions" role="group" aria-label=tr(|t| t.ledger.task_actions)>
                <button type="button" class="primary" id="edit-task" aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.update(|e| *e = !*e)>{tr(|t| t.ledger.edit_task)}</button>
                <button type="button" disabled=move || !can_up() on:click=move |_| move_up(Step::Up)
                    title=move || up_title(Step::Up) aria-description=move || up_hint(Step::Up)>
                    {tr(|t| t.ledger.move_up)}
                </button>
                <button type="button" disabled=move || !can_down() on:click=move |_| move_down(Step::Down)
                    title=move || down_title(Step::Down) aria-description=move || down_hint(Step::Down)>
                    {tr(|t| t.ledger.move_down)}
                </button>
                <button type="button" class="danger" on:click=delete>{tr(|t| t.ledger.delete_task)}</button>
            </div>
        </header>
        <Shown when=move || editing.get()>{dynamic(editor)}</Shown>
        <section class="card task-facts" aria-labelledby="task-details">
            <h2 id="task-details">{tr(|t| t.ledger.details)}</h2>
            <dl class="facts-grid" node_ref=facts_el></dl>
        </section>
        // While the form is open its rows are the milestones: the list and
        // its own buttons come back when it closes, so neither overwrites the other.
        <Shown when=move || !editing.get()>
            <Milestones id=milestones_id.clone() />
        </Shown>
        <super::supervision::Lifecycle id=id.clone() />
        <super::supervision::Notices id=id.clone() />
        <Ledger subject=Subject::Task(id.clone()) />
    }
}

/// The task's facts as escaped HTML (the terms of a `<dl>`): its light and progress, where it sits
/// and who leads, its dates, tier, weight, tags and indicator, its source,
/// then its free texts.
fn task_facts(
    out: &mut String,
    t: &'static Catalog,
    p: &Plan,
    task: &Task,
    today: crate::model::Date,
) {
    let l = t.ledger;
    let status = task_status(p, task, today);
    let reported = p
        .latest_report(&Subject::Task(task.id.clone()))
        .map(|u| u.status);
    let claim = crate::status::claim(status.light, reported);
    let progress = p.progress_of(&Subject::Task(task.id.clone()));
    let unit = |id: &Id| {
        p.unit(id)
            .map(|u| u.name.clone())
            .unwrap_or_else(|| t.unknown_unit.to_string())
    };
    let or_not_set = |s: &str| {
        if s.trim().is_empty() {
            l.not_set.to_string()
        } else {
            s.to_string()
        }
    };
    let co = if task.co_units.is_empty() {
        l.none.to_string()
    } else {
        task.co_units
            .iter()
            .map(unit)
            .collect::<Vec<_>>()
            .join(l.list_sep)
    };
    let date = |d: Option<crate::model::Date>| {
        d.map(|d| d.to_string())
            .unwrap_or_else(|| l.not_set.to_string())
    };
    let area = p
        .area(&task.area)
        .map(|a| a.title.clone())
        .unwrap_or_default();
    let tags = if task.tags.is_empty() {
        l.none.to_string()
    } else {
        task.tags.join(l.list_sep)
    };
    let indicator = task
        .requirement
        .indicator
        .as_ref()
        .and_then(|i| p.indicator(i))
        .map(|i| i.name.clone());
    let fact = |out: &mut String, wide: bool, term: &str, class: &str, said: &str| {
        out.push_str(if wide {
            "<div class=\"wide\">"
        } else {
            "<div>"
        });
        elem(out, "dt", "", term);
        elem(out, "dd", class, said);
        out.push_str("</div>");
    };
    out.push_str("<div class=\"wide\">");
    elem(out, "dt", "", t.col_light);
    out.push_str("<dd>");
    crate::html::light_badge(out, t, status, claim, false);
    out.push_str("</dd></div><div class=\"wide\">");
    elem(out, "dt", "", t.col_progress);
    out.push_str("<dd>");
    crate::html::progress_bar(out, t, &task.title, progress);
    out.push_str("</dd></div>");
    for (term, said) in [
        (t.field_area, area),
        (t.field_lead, unit(&task.lead)),
        (l.field_co_units, co),
        (t.field_start, date(task.start)),
        (t.field_deadline, date(task.deadline)),
        (t.field_tier, (t.tier_name)(task.tier).to_string()),
        (l.field_weight, format!("{}", task.weight)),
        (l.field_tags, tags),
        (
            l.field_indicator,
            indicator.unwrap_or_else(|| l.none.to_string()),
        ),
    ] {
        fact(out, false, term, "", &said);
    }
    if let Some(source) =
        super::supervision::source_fact(t, task.source, &task.source_ref, task.source_date)
    {
        fact(out, true, t.supervision.source_label, "", &source);
    }
    // The free texts, from the table the task form reads too.
    for f in TASK_TEXTS.iter().filter(|f| f.fact) {
        let said = or_not_set((f.get)(task));
        let class = if f.long { "prose" } else { "" };
        fact(out, f.long, t.task_text_label(f.key), class, &said);
    }
}

/// The task's milestones (节点): list, add, edit, mark done, remove.
#[component]
fn Milestones(id: Id) -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let adding = RwSignal::new(false);
    let editing = RwSignal::new(None::<usize>);
    let milestones = {
        let id = id.clone();
        memo(move || {
            state.plan.with(|p| {
                p.task(&id)
                    .map(|x| x.milestones.clone())
                    .unwrap_or_default()
            })
        })
    };
    // Change the task's milestone list: an edit of that field of the task.
    let change = {
        let id = id.clone();
        move |f: &dyn Fn(&mut Vec<Milestone>), ok: &'static str| {
            let Some(before) = state.plan.with_untracked(|p| p.task(&id).cloned()) else {
                return;
            };
            let mut task = before.clone();
            f(&mut task.milestones);
            let cmd = Command::Edit {
                before: Entity::Task(before),
                after: Entity::Task(task),
            };
            send(state, cmd, None, ok);
        }
    };

    // One handler for every milestone's buttons, read from what each names.
    let on_button = move |ev: leptos::ev::MouseEvent| {
        let Some(pressed) = super::html::pressed(&ev) else {
            return;
        };
        let (button, i) = (pressed.button, pressed.place);
        let l = state.t().ledger;
        match pressed.act.as_str() {
            "edit" => {
                adding.set(false);
                editing.set(Some(i));
            }
            "done" => {
                let today = state.today.get_untracked();
                change(
                    &|ms: &mut Vec<Milestone>| {
                        if let Some(m) = ms.get_mut(i) {
                            m.done = Some(today);
                        }
                    },
                    l.milestone_done,
                );
                // Its button gone, the keyboard stays on the milestone: its Edit.
                focus_back(
                    vec![format!(
                        ".milestones > li:nth-child({}) button[data-act=edit]",
                        i + 1
                    )],
                    "ms-title",
                );
            }
            "up" => {
                super::focus::follow_moved(&ev);
                change(
                    &|ms: &mut Vec<Milestone>| {
                        if i > 0 && i < ms.len() {
                            ms.swap(i - 1, i);
                        }
                    },
                    l.milestone_moved,
                );
            }
            "down" => {
                super::focus::follow_moved(&ev);
                change(
                    &|ms: &mut Vec<Milestone>| {
                        if i + 1 < ms.len() {
                            ms.swap(i, i + 1);
                        }
                    },
                    l.milestone_moved,
                );
            }
            "del" => {
                let name = milestones
                    .with_untracked(|ms| ms.get(i).map(|m| m.name.clone()))
                    .unwrap_or_default();
                if !confirm(&(l.remove_milestone_confirm)(&name)) {
                    return;
                }
                let after = super::focus::AfterDelete::of(&button);
                editing.set(None);
                change(
                    &|ms: &mut Vec<Milestone>| {
                        if i < ms.len() {
                            ms.remove(i);
                        }
                    },
                    l.milestone_removed,
                );
                if let Some(after) = after {
                    after.restore();
                }
            }
            _ => {}
        }
    };
    let list = {
        let id = id.clone();
        move || {
            let t = t();
            let l = t.ledger;
            let today = state.today.get();
            let (warning, task_done) = state.plan.with(|p| {
                let done = p
                    .task(&id)
                    .is_some_and(|x| task_status(p, x, today).light == Light::Completed);
                (p.thresholds.warning_days, done)
            });
            let ms = milestones.get();
            if ms.is_empty() {
                return view! { <p class="empty">{l.no_milestones}</p> }.into_any();
            }
            let open = editing.get();
            let len = ms.len();
            let items = ms
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let status = milestone_status(m, task_done, today, warning);
                    let html = milestone_html(t, m, status, (i, len));
                    if open != Some(i) {
                        return view! { <li class="milestone" inner_html=html></li> }.into_any();
                    }
                    let done = move || {
                        editing.set(None);
                        // The milestone's Edit, in its row drawn again.
                        focus_back(
                            vec![format!(
                                ".milestones > li:nth-child({}) .milestone-actions button",
                                i + 1
                            )],
                            "ms-title",
                        );
                    };
                    view! {
                        <li class="milestone">
                            <MilestoneForm task_id=id.clone() index=Some(i) on_done=done />
                            <div class="item-html" inner_html=html></div>
                        </li>
                    }
                    .into_any()
                })
                .collect_view();
            view! { <ul class="milestones" on:click=on_button.clone()>{items}</ul> }.into_any()
        }
    };

    view! {
        <section class="milestones-section" aria-labelledby="ms-title">
            <div class="section-actions">
                <h2 id="ms-title" class="section-title">{tr(|t| t.ledger.milestones)}</h2>
                <button type="button" id="add-milestone" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| { editing.set(None); adding.update(|a| *a = !*a); }>
                    {tr(|t| t.ledger.add_milestone)}
                </button>
            </div>
            <Shown when=move || adding.get()>
                <MilestoneForm task_id=id.clone() index=None on_done=move || {
                    adding.set(false);
                    focus_back(vec!["#add-milestone".into()], "ms-title");
                } />
            </Shown>
            {list}
        </section>
    }
}

/// A milestone as escaped HTML: its name, due and done dates and light, then
/// its buttons, each naming the milestone (Mark done only while not done).
fn milestone_html(
    t: &Catalog,
    m: &Milestone,
    status: crate::status::Status,
    (i, len): (usize, usize),
) -> String {
    let l = t.ledger;
    let mut out = String::from("<div class=\"milestone-main\">");
    elem(&mut out, "span", "milestone-name", &m.name);
    out.push_str("<span class=\"milestone-dates\"><span>");
    text(&mut out, l.field_due);
    let _ = write!(out, " <time>{}</time></span>", m.due);
    match m.done {
        Some(d) => {
            out.push_str("<span>");
            text(&mut out, l.field_done);
            let _ = write!(out, " <time>{d}</time></span>");
            let late = (d - m.due).num_days();
            if late > 0 {
                elem(&mut out, "span", "milestone-late", &(l.done_late)(late));
            }
        }
        None => elem(&mut out, "span", "", l.not_done),
    }
    out.push_str("</span>");
    crate::html::light_badge(&mut out, t, status, None, m.done.is_some());
    out.push_str("</div><div class=\"milestone-actions\">");
    for (act, class, word) in [
        ("edit", "quiet", l.edit),
        ("done", "", l.mark_done_today),
        ("up", "quiet", l.move_up),
        ("down", "quiet", l.move_down),
        ("del", "danger", l.remove),
    ] {
        if act == "done" && m.done.is_some() {
            continue;
        }
        item_button(
            &mut out,
            ItemButton {
                act,
                class,
                place: (i, len),
                id: None,
                label: &format!("{word} {}", m.name),
                word,
                expanded: None,
            },
        );
    }
    out.push_str("</div>");
    out
}

/// Add a milestone (`index` None) or edit the one at `index`; saved as a Put of the task.
#[component]
fn MilestoneForm(
    task_id: Id,
    index: Option<usize>,
    /// Called when the form is saved or cancelled (one type for every
    /// caller, so the form is compiled once).
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    super::focus::into_opened_form();
    let state = use_state();
    let t = move || state.t();
    let existing = state.plan.with_untracked(|p| {
        p.task(&task_id)
            .and_then(|x| index.and_then(|i| x.milestones.get(i).cloned()))
    });
    let initial_name = existing
        .as_ref()
        .map(|m| m.name.clone())
        .unwrap_or_default();
    let initial_due = existing
        .as_ref()
        .map(|m| m.due.to_string())
        .unwrap_or_default();
    let name = RwSignal::new(initial_name);
    let due = RwSignal::new(initial_due);
    let done_on = RwSignal::new(
        existing
            .as_ref()
            .and_then(|m| m.done)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let tried = RwSignal::new(false);
    let refused = RwSignal::new(Vec::<Problem>::new());

    // The milestone's place in its task: its fields are named by their path there.
    let task_at = task_id.clone();
    let at = memo(move || {
        state.plan.with(|p| {
            p.task(&task_at).map_or(0, |task| match index {
                Some(i) if i < task.milestones.len() => i,
                _ => task.milestones.len(),
            })
        })
    });
    let path = move |field: &'static str| -> Signal<String> {
        Signal::derive(move || format!("milestones[{}].{field}", at.get()))
    };
    // The whole task with this milestone in place, and its messages.
    let draft = memo(move || {
        let t = t();
        let mut msgs = Messages::default();
        let at = at.get();
        let due_date = msgs.read(
            t,
            &format!("milestones[{at}].due"),
            required(read_date(&due.get())),
            state.today.get(),
        );
        let done_date = msgs.read(
            t,
            &format!("milestones[{at}].done"),
            read_date(&done_on.get()),
            None,
        );
        let milestone = Milestone {
            name: name.get().trim().to_string(),
            due: due_date,
            done: done_date,
        };
        let task = state
            .plan
            .with(|p| p.task(&task_id).cloned())
            .map(|mut task| {
                if at < task.milestones.len() {
                    task.milestones[at] = milestone;
                } else {
                    task.milestones.push(milestone);
                }
                task
            });
        if let Some(task) = &task {
            msgs.problems(
                state
                    .plan
                    .with(|p| check_entity(p, &Entity::Task(task.clone()))),
            );
        }
        msgs.problems(refused.get());
        (task, msgs)
    });
    let msgs = messages(draft);
    let ok = move || draft.with(|(task, msgs)| task.is_some() && msgs.is_empty());
    let error = move |field: &'static str, value| {
        shown(state, msgs, refused, path(field), changed(value), tried)
    };
    let name_error = error("name", name);
    let due_error = error("due", due);
    let done_error = error("done", done_on);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        if !ok() {
            return;
        }
        let Some(task) = draft.get_untracked().0 else {
            return;
        };
        let Some(before) = state.plan.with_untracked(|p| p.task(&task.id).cloned()) else {
            return;
        };
        let cmd = Command::Edit {
            before: Entity::Task(before),
            after: Entity::Task(task),
        };
        if send(state, cmd, Some(refused), t().ledger.milestone_saved) {
            on_done.run(());
        }
    };
    let prefix = match index {
        Some(i) => format!("ms-{i}"),
        None => "ms-new".to_string(),
    };
    let heading = move || {
        let l = t().ledger;
        if index.is_some() {
            l.edit_milestone
        } else {
            l.new_milestone
        }
    };
    view! {
        <form data-opened="" class="card milestone-form" on:submit=on_submit novalidate>
            <h3>{dynamic(heading)}</h3>
            <Shown when=move || tried.get() && !ok()>
                <p class="form-error" role="alert">{tr(|t| t.form_has_errors)}</p>
            </Shown>
            <div class="grid">
                <TextField id=format!("{prefix}-name") label=label(|t| t.ledger.field_milestone_name) value=name
                    error=name_error required=true />
                <TextField id=format!("{prefix}-due") label=label(|t| t.ledger.field_due) value=due kind="date"
                    error=due_error required=true />
                <TextField id=format!("{prefix}-done") label=label(|t| t.ledger.field_done) value=done_on kind="date"
                    error=done_error />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{tr(|t| t.save)}</button>
                <button type="button" on:click=move |_| on_done.run(())>{tr(|t| t.cancel)}</button>
            </div>
        </form>
    }
}
