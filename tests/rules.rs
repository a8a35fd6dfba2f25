//! Rules a form enforces are rules of the plan: a command and an imported
//! file are held to them the same way.

use plan_tracker::command::{apply, Command, CommandError, Header};
use plan_tracker::format::{export_plan, import_plan, ImportError};
use plan_tracker::i18n::Lang;
use plan_tracker::sample::sample_plan;
use plan_tracker::validate::ProblemKind;

#[test]
fn the_red_threshold_below_the_yellow_one_is_refused_by_command_and_by_import() {
    let mut plan = sample_plan(Lang::En);
    let before = plan.clone();
    let mut h = Header::of(&plan);
    h.thresholds.at_risk_lag = 20.0;
    h.thresholds.lagging_lag = 10.0;
    match apply(&mut plan, Command::SetHeader(h.clone())) {
        Err(CommandError::Invalid(ps)) => {
            assert_eq!(ps.len(), 1, "{ps:?}");
            assert_eq!(ps[0].path, "thresholds.lagging_lag");
            assert_eq!(ps[0].kind, ProblemKind::LaggingBelowAtRisk);
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(plan, before);

    let mut file = plan.clone();
    file.thresholds = h.thresholds.clone();
    match import_plan(&export_plan(&file)) {
        Err(ImportError::Invalid(ps, _)) => {
            assert!(ps.iter().any(|p| p.path == "plan.thresholds.lagging_lag"
                && p.kind == ProblemKind::LaggingBelowAtRisk))
        }
        other => panic!("expected Invalid, got {other:?}"),
    }

    // Equal thresholds are allowed (yellow and red at once); so is red above.
    h.thresholds.lagging_lag = 20.0;
    apply(&mut plan, Command::SetHeader(h.clone())).expect("equal is fine");
    h.thresholds.lagging_lag = 30.0;
    apply(&mut plan, Command::SetHeader(h)).expect("above is fine");
}
