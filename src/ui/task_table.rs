//! The task table: every task, filtered, sorted and counted, with the query in the URL.
//!
//! The page is mounted once; it reads its query from `state.route` through a
//! memo, so typing in the search box keeps its focus. Only a page of rows is
//! drawn at a time, however many tasks the plan has.

use super::csv_export::CsvTaskActions;
use super::nav::RouteLink;
use super::task_filters::{FilterChips, FilterPanel};
use super::task_form::TaskForm;
use super::use_state;
use super::widgets::{progress_bar, task_light_badge};
use crate::i18n::Catalog;
use crate::model::Plan;
use crate::query::{next_sort, Sort, SortKey, TaskFilter, TaskQuery, TaskRow};
use crate::route::Route;
use leptos::prelude::*;

/// Rows drawn at first, and added by each "show more".
const PAGE: usize = 200;

/// Picks a text out of the catalog.
type Text = fn(&'static Catalog) -> &'static str;

/// The columns, in order: what they sort on, their header and CSS class.
const COLUMNS: [(SortKey, Text, &str); 10] = [
    (SortKey::Code, |t| t.col_code, "c-code"),
    (SortKey::Title, |t| t.col_task, "c-title"),
    (SortKey::Area, |t| t.table.col_area, "c-area"),
    (SortKey::Lead, |t| t.col_lead, "c-lead"),
    (SortKey::CoUnits, |t| t.table.col_co_units, "c-co"),
    (SortKey::Tier, |t| t.col_tier, "c-tier"),
    (SortKey::Deadline, |t| t.col_deadline, "c-deadline"),
    (SortKey::Progress, |t| t.col_progress, "c-progress"),
    (SortKey::Light, |t| t.col_light, "c-light"),
    (SortKey::LastReport, |t| t.table.col_last_report, "c-last"),
];

fn column_name(t: &'static Catalog, key: SortKey) -> &'static str {
    COLUMNS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or("", |(_, name, _)| name(t))
}

/// Reads its query from `state.route` (`Route::Tasks`).
#[component]
pub fn TaskTable() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let tt = move || state.t().table;
    // While the page leaves (the route is already another), keep the last query.
    let query = Memo::new(move |prev: Option<&TaskQuery>| match state.route.get() {
        Route::Tasks(q) => q,
        _ => prev.cloned().unwrap_or_default(),
    });
    let query_signal = Signal::from(query);
    let on_change = Callback::new(move |(q, typing): (TaskQuery, bool)| {
        if typing {
            state.replace_route(Route::Tasks(q));
        } else {
            state.navigate_in_place(Route::Tasks(q));
        }
    });
    let positions = Memo::new(move |_| {
        query.with(|q| {
            state.plan.with(|p| {
                state.task_index.with(|index| {
                    let mut pos = q.filter.apply(p, index);
                    if let Some(sort) = q.sort {
                        sort.apply(p, index, &mut pos);
                    }
                    pos
                })
            })
        })
    });
    let total = Memo::new(move |_| state.task_index.with(|i| i.rows.len()));
    let shown = Memo::new(move |_| positions.with(Vec::len));
    let limit = RwSignal::new(PAGE);
    // Another query starts again at the first page.
    Effect::new(move |_| {
        query.track();
        if limit.get_untracked() != PAGE {
            limit.set(PAGE);
        }
    });
    let adding = RwSignal::new(false);

    let sort_to = move |sort: Option<Sort>| {
        let mut q = query.get_untracked();
        q.sort = sort;
        on_change.run((q, false));
    };
    // A function, not a view to clone: views are not `Clone` when components
    // are type-erased (`--cfg erase_components`, .cargo/config.toml).
    let headers = move || {
        COLUMNS
        .iter()
        .map(|&(key, name, class)| {
            let sorted = move || query.with(|q| q.sort.filter(|s| s.key == key));
            let aria_sort = move || {
                sorted().map(|s| {
                    if s.descending {
                        "descending"
                    } else {
                        "ascending"
                    }
                })
            };
            let arrow = move || match sorted() {
                Some(s) if s.descending => "▼",
                Some(_) => "▲",
                None => "↕",
            };
            view! {
                <th scope="col" class=class aria-sort=aria_sort>
                    <button type="button" class="sort" class:sorted=move || sorted().is_some()
                        on:click=move |_| sort_to(Some(next_sort(query.get_untracked().sort, key)))>
                        <span>{move || name(t())}</span>
                        <span class="arrow" aria-hidden="true">{arrow}</span>
                    </button>
                </th>
            }
        })
        .collect_view()
    };

    // On a phone the header row is hidden (rows become cards): a menu sorts.
    let sort_value = move || {
        query.with(|q| match q.sort {
            None => String::new(),
            Some(s) => format!("{}:{}", sort_index(s.key), u8::from(s.descending)),
        })
    };
    let sort_menu = view! {
        <div class="sort-menu">
            <label for="task-sort">{move || tt().sort_by}</label>
            <select id="task-sort" prop:value=sort_value
                on:change=move |ev| sort_to(parse_sort_value(&event_target_value(&ev)))>
                <option value="">{move || tt().plan_order}</option>
                {move || {
                    let t = t();
                    COLUMNS.iter().flat_map(|&(key, name, _)| {
                        [false, true].map(|desc| {
                            let value = format!("{}:{}", sort_index(key), u8::from(desc));
                            view! { <option value=value>{(t.table.sort_option)(name(t), desc)}</option> }
                        })
                    }).collect_view()
                }}
            </select>
        </div>
    };

    let caption = move || {
        let t = t();
        let sort = query.with(|q| q.sort);
        (t.table.caption)(sort.map(|s| (column_name(t, s.key), s.descending)))
    };

    // Rows are keyed by task position and a generation that moves on when the
    // plan, the day or the language changes: a new filter keeps the rows it
    // still shows and draws only the others.
    let generation = Memo::new(move |prev: Option<&u64>| {
        state.task_index.track();
        state.lang.track();
        prev.map_or(0, |g| g + 1)
    });
    let visible = Memo::new(move |_| {
        let g = generation.get();
        let n = limit.get();
        positions.with(|pos| pos.iter().take(n).map(|&i| (i, g)).collect::<Vec<_>>())
    });
    let rows = move || {
        view! {
            <For each=move || visible.get() key=|k| *k let((i, _))>
                {
                    let t = state.lang.get_untracked().catalog();
                    state.plan.with_untracked(|p| {
                        state.task_index.with_untracked(|index| {
                            index.rows.get(i).map(|r| task_row(t, p, r))
                        })
                    })
                }
            </For>
        }
    };

    let clear = move |_| {
        let sort = query.get_untracked().sort;
        on_change.run((
            TaskQuery {
                filter: TaskFilter::default(),
                sort,
            },
            false,
        ));
    };
    let empty = Memo::new(move |_| shown.get() == 0);
    let results = move || {
        if empty.get() {
            let nothing_at_all = total.get() == 0;
            return view! {
                <div class="empty-result">
                    <p class="empty">{move || if nothing_at_all { tt().no_tasks } else { tt().empty }}</p>
                    {(!nothing_at_all).then(|| view! {
                        <button type="button" on:click=clear>{move || tt().clear_filters}</button>
                    })}
                </div>
            }
            .into_any();
        }
        view! {
            <div class="table-wrap task-table-wrap">
                <table class="task-table">
                    <caption class="visually-hidden">{caption}</caption>
                    <thead><tr>{headers()}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    };

    let more = move || {
        let (shown, n) = (shown.get(), limit.get());
        (shown > n).then(|| {
            let next = (shown - n).min(PAGE);
            view! {
                <div class="show-more">
                    <p>{move || (tt().showing)(n, shown)}</p>
                    <button type="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                        {move || (tt().show_more)(next)}
                    </button>
                </div>
            }
        })
    };

    view! {
        <div class="tasks-page">
            <div class="tasks-head">
                <h1 class="page-title">{move || tt().heading}</h1>
                <button type="button" class="primary" aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)>
                    {move || t().add_task}
                </button>
                <CsvTaskActions positions=positions />
            </div>
            <p class="page-intro">{move || tt().intro}</p>
            <Show when=move || adding.get()>
                <TaskForm task=None on_done=move || adding.set(false) />
            </Show>
            <div class="tasks-layout">
                <FilterPanel query=query_signal on_change />
                <div class="tasks-results">
                    <div class="results-head">
                        <p class="result-count" aria-live="polite">
                            {move || (tt().count)(shown.get(), total.get())}
                        </p>
                        {sort_menu}
                    </div>
                    <FilterChips query=query_signal on_change />
                    {results}
                    {more}
                </div>
            </div>
        </div>
    }
}

fn sort_index(key: SortKey) -> usize {
    SortKey::ALL.iter().position(|k| *k == key).unwrap_or(0)
}

/// Reads the sort menu's value, "<column>:<1 if descending>"; "" is plan order.
fn parse_sort_value(value: &str) -> Option<Sort> {
    let (key, desc) = value.split_once(':')?;
    let key = *SortKey::ALL.get(key.parse::<usize>().ok()?)?;
    Some(Sort {
        key,
        descending: desc == "1",
    })
}

/// One task as a row; on a phone each row is a card and `data-label` names
/// its cells.
fn task_row(t: &'static Catalog, p: &Plan, r: &TaskRow) -> impl IntoView {
    let tt = t.table;
    let Some(task) = p.tasks.get(r.index) else {
        return ().into_any();
    };
    let title = task.title.clone();
    let link_text = title.clone();
    let area = p
        .area(&task.area)
        .map_or_else(|| task.area.to_string(), |a| a.title.clone());
    let unit = |id| {
        p.unit(id)
            .map_or_else(|| t.unknown_unit.to_string(), |u| u.name.clone())
    };
    let lead = unit(&task.lead);
    let co = if task.co_units.is_empty() {
        tt.nothing.to_string()
    } else {
        task.co_units
            .iter()
            .map(unit)
            .collect::<Vec<_>>()
            .join(t.ledger.list_sep)
    };
    let deadline = task
        .deadline
        .map_or_else(|| t.no_deadline.to_string(), |d| d.to_string());
    let last = r
        .last_report
        .map_or_else(|| tt.never_reported.to_string(), |d| d.to_string());
    let tier_class = format!("tier tier-{:?}", task.tier).to_lowercase();
    view! {
        <tr>
            <td class="code">{task.code.clone()}</td>
            <th scope="row" class="title">
                <RouteLink route=Route::Task(task.id.clone())>{link_text}</RouteLink>
            </th>
            <td class="area-cell" data-label=tt.col_area>{area}</td>
            <td class="lead-cell" data-label=t.col_lead>{lead}</td>
            <td class="co-cell" data-label=tt.col_co_units>{co}</td>
            <td class="tier-cell" data-label=t.col_tier>
                <span class=tier_class>{(t.tier_name)(task.tier)}</span>
            </td>
            <td class="date deadline" data-label=t.col_deadline>{deadline}</td>
            <td class="progress-cell" data-label=t.col_progress>{progress_bar(t, &title, r.progress)}</td>
            <td class="light-cell" data-label=t.col_light>{task_light_badge(t, r.status, r.claim, false)}</td>
            <td class="date last" data-label=tt.col_last_report>{last}</td>
        </tr>
    }
    .into_any()
}
