//! The sample's key tasks: real measures from the reports, one area after
//! another. Leads, co-operating units, dates, nodes and requirements beyond
//! the reports' own words are illustrative.

use super::{d, t};
use crate::i18n::Lang;
use crate::model::*;

/// A task under construction; `task` fills what every task has.
struct B {
    l: Lang,
    task: Task,
}

/// Task `code` (its id is `t-` and the code with `-` for `.`), weighted by tier.
fn task(l: Lang, code: &str, area: &str, tier: Tier, lead: &str) -> B {
    let weight = match tier {
        Tier::Regular => 1.0,
        Tier::Key => 2.0,
        Tier::KeyBreakthrough => 3.0,
    };
    B {
        l,
        task: Task {
            tier,
            start: Some(d(2023, 1, 1)),
            deadline: Some(d(2023, 12, 31)),
            weight,
            ..Task::new(
                format!("t-{}", code.replace('.', "-")),
                code,
                "",
                area,
                lead,
            )
        },
    }
}

impl B {
    fn title(mut self, zh: &'static str, en: &'static str) -> B {
        self.task.title = t(self.l, zh, en);
        self
    }
    fn about(mut self, zh: &'static str, en: &'static str) -> B {
        self.task.description = t(self.l, zh, en);
        self
    }
    fn co(mut self, units: &[&str]) -> B {
        self.task.co_units = units.iter().map(|u| Id::new(*u)).collect();
        self
    }
    fn leader(mut self, who: (&'static str, &'static str)) -> B {
        self.task.leader = t(self.l, who.0, who.1);
        self
    }
    fn span(mut self, start: Date, deadline: Date) -> B {
        self.task.start = Some(start);
        self.task.deadline = Some(deadline);
        self
    }
    fn node(mut self, zh: &'static str, en: &'static str, due: Date, done: Option<Date>) -> B {
        self.task.milestones.push(Milestone {
            name: t(self.l, zh, en),
            due,
            done,
        });
        self
    }
    fn require(mut self, zh: &'static str, en: &'static str) -> B {
        self.task.requirement.text = t(self.l, zh, en);
        self
    }
    fn measured_by(mut self, indicator: &str) -> B {
        self.task.requirement.indicator = Some(Id::new(indicator));
        self
    }
    fn weight(mut self, w: f64) -> B {
        self.task.weight = w;
        self
    }
    fn tags(mut self, tags: &[(&'static str, &'static str)]) -> B {
        self.task.tags = tags.iter().map(|(zh, en)| t(self.l, zh, en)).collect();
        self
    }
}

// Leaders in charge, by title only.
const SECGEN: (&str, &str) = (
    "省委副秘书长",
    "Deputy secretary-general of the Provincial Party Committee",
);
const VICE_GOVERNOR: (&str, &str) = ("分管副省长", "Vice governor in charge");
const ORG_DEPUTY: (&str, &str) = (
    "省委组织部副部长",
    "Deputy director of the Organization Department of the Provincial Party Committee",
);
const TY_MAYOR: (&str, &str) = ("市长", "Mayor");
const TY_VICE_MAYOR: (&str, &str) = ("分管副市长", "Vice mayor in charge");
const XD_SECRETARY: (&str, &str) = ("区委书记", "Secretary of the District Party Committee");
const XD_MAYOR: (&str, &str) = ("区长", "District mayor");
const XD_DEPUTY: (&str, &str) = ("分管副区长", "Deputy district mayor in charge");
const QB_SECRETARY: (&str, &str) = ("区委书记", "Secretary of the District Party Committee");
const QB_MAYOR: (&str, &str) = ("区长", "District mayor");
const QB_DEPUTY: (&str, &str) = ("分管副区长", "Deputy district mayor in charge");
const XZ_VICE_MAYOR: (&str, &str) = ("分管副市长", "Vice mayor in charge");
const COUNTY_HEAD: (&str, &str) = ("县长", "County magistrate");

// Tags.
const PROVINCE: (&str, &str) = ("全省", "province");
const TAIYUAN: (&str, &str) = ("太原", "Taiyuan");
const XIAODIAN: (&str, &str) = ("小店", "Xiaodian");
const XINZHOU: (&str, &str) = ("忻州", "Xinzhou");
const QIBIN: (&str, &str) = ("淇滨", "Qibin");
const PROJECTS: (&str, &str) = ("项目建设", "projects");
const INVESTMENT: (&str, &str) = ("招商引资", "investment attraction");
const BUSINESS_ENV: (&str, &str) = ("营商环境", "business environment");
const ASSESSMENT: (&str, &str) = ("考核评价", "assessment");
const SAFETY: (&str, &str) = ("安全稳定", "safety and stability");
const REFORM: (&str, &str) = ("改革", "reform");
const POVERTY: (&str, &str) = ("脱贫攻坚", "poverty alleviation");

pub(super) fn tasks(l: Lang) -> Vec<Task> {
    use Tier::*;
    let q1 = d(2023, 3, 31);
    let q2 = d(2023, 6, 30);
    let q3 = d(2023, 9, 30);
    let q4 = d(2023, 12, 31);
    let b = vec![
        // 1 Province-wide key tasks (seed 003).
        task(l, "1.1", "a-province", Key, "u-prov-office")
            .title("推动165项转型发展重点任务落地见效", "Deliver the 165 key tasks for transformation and development")
            .about(
                "省委审定的2023年转型发展重点任务清单，涉及各市和省直部门，逐项明确量化、可考核要求。",
                "The 2023 list of key tasks approved by the Provincial Party Committee, involving the \
                 cities and provincial departments, each with quantifiable and assessable requirements.",
            )
            .co(&["u-prov-ndrc"])
            .leader(SECGEN)
            .node("一季度：任务分解到各市和省直部门", "Q1: tasks broken down to cities and departments", q1, Some(d(2023, 3, 20)))
            .node("二季度：半年调度", "Q2: half-year review", q2, Some(d(2023, 6, 28)))
            .node("三季度：督查通报", "Q3: supervision and circulated report", q3, Some(d(2023, 9, 27)))
            .node("四季度：年终考核销号", "Q4: year-end assessment and closing", q4, None)
            .require(
                "165项重点任务年内全部完成，逐项明确牵头单位、完成时限和季度节点",
                "All 165 key tasks completed within the year, each with a lead unit, a deadline and quarterly nodes",
            )
            .measured_by("i-key-tasks")
            .tags(&[PROVINCE, ASSESSMENT]),
        task(l, "1.2", "a-province", KeyBreakthrough, "u-prov-ndrc")
            .title("攻坚50项转型发展重点突破任务", "Push through the 50 key breakthrough tasks")
            .about(
                "重点突破任务项目化推进，涉及各市和省直部门。",
                "The key breakthrough tasks are carried out as projects by the cities and provincial departments.",
            )
            .co(&["u-prov-office"])
            .leader(VICE_GOVERNOR)
            .node("上半年完成20项", "20 completed by mid-year", q2, None)
            .node("三季度末累计完成35项", "35 completed by the end of Q3", q3, None)
            .require(
                "50项重点突破任务项目化推进，年内全部完成",
                "All 50 key breakthrough tasks carried out as projects and completed within the year",
            )
            .measured_by("i-key-breakthrough")
            .tags(&[PROVINCE, PROJECTS]),
        task(l, "1.3", "a-province", Key, "u-prov-office")
            .title(
                "建立转型发展综合评价指标体系",
                "Establish an overall evaluation index system for transformation and development",
            )
            .about(
                "以综合评价指标体系考核评价全省转型发展的进度和成效。",
                "The index system assesses the progress and effectiveness of the province's development initiatives.",
            )
            .co(&["u-prov-ndrc", "u-prov-org"])
            .leader(SECGEN)
            .span(d(2023, 1, 1), q2)
            .node("形成指标体系初稿", "First draft of the index system", q1, Some(d(2023, 3, 25)))
            .node("征求各市和省直部门意见", "Comments from cities and departments", d(2023, 5, 15), Some(d(2023, 5, 12)))
            .node("印发实施", "Issued", q2, Some(d(2023, 6, 20)))
            .require(
                "6月底前印发综合评价指标体系，覆盖各市和省直部门",
                "Issue the index system by the end of June, covering all cities and provincial departments",
            )
            .tags(&[PROVINCE, ASSESSMENT]),
        task(l, "1.4", "a-province", Key, "u-prov-org")
            .title(
                "优化干部推动高质量发展绩效考核机制",
                "Optimize the performance assessment of cadres for high-quality development",
            )
            .about(
                "突出考核重点，提高考核精准度，强化考核结果在干部能上能下中的运用。",
                "Highlight the key points of assessment, improve its accuracy and apply the results to \
                 promotion and demotion.",
            )
            .co(&["u-prov-discipline"])
            .leader(ORG_DEPUTY)
            .span(d(2023, 2, 1), q4)
            .require(
                "年底前完成各市和省直部门年度考核，考核结果全部运用于干部选拔任用",
                "Year-end assessment of all cities and departments done, with results applied to appointments",
            )
            .tags(&[PROVINCE, ASSESSMENT]),
        task(l, "1.5", "a-province", Regular, "u-prov-office")
            .title(
                "督促落实主题教育整改和开发区建设任务",
                "Supervise theme education rectification and development zone tasks",
            )
            .about(
                "省委办公厅会同有关方面督促落实中央重大部署和转型发展重点任务。",
                "The General Office monitors the implementation of major central deployments and key \
                 development tasks together with the Supervision Committee.",
            )
            .co(&["u-prov-discipline"])
            .leader(SECGEN)
            .span(d(2023, 4, 1), q4)
            .require(
                "整改事项和开发区建设任务清单化督办，按月通报",
                "Rectification items and development zone tasks supervised from a list, with a monthly circulated report",
            )
            .tags(&[PROVINCE]),
        // 2 Key project construction (seeds 001 and 004).
        task(l, "2.1", "a-projects", Key, "u-taiyuan")
            .title(
                "对标年度投资计划目标，推动项目早开工、早竣工",
                "Meet the annual investment plan targets; start and complete projects early",
            )
            .about(
                "加快项目建设进度，对标年度投资计划目标，推动项目早开工、早竣工。",
                "Expedite project construction, keep to the annual investment plan targets and promote \
                 early project initiation and completion.",
            )
            .co(&["u-xiaodian"])
            .leader(TY_VICE_MAYOR)
            .node("一季度：重点项目集中开工", "Q1: key projects start together", q1, Some(d(2023, 3, 30)))
            .node("二季度：完成年度投资计划50%", "Q2: 50% of the annual investment plan", q2, Some(d(2023, 7, 5)))
            .node("三季度：完成年度投资计划75%", "Q3: 75% of the annual investment plan", q3, None)
            .require(
                "完成年度重点项目投资计划，新开工项目按期开工，竣工项目按期投用",
                "The annual key-project investment plan completed; new projects start and finished projects open on time",
            )
            .tags(&[TAIYUAN, PROJECTS]),
        task(l, "2.2", "a-projects", KeyBreakthrough, "u-qibin")
            .title("聚焦“三个一批”谋划推进重点项目", "Plan and advance key projects under the \"three batches\"")
            .about(
                "牢固树立项目为“王”理念，聚焦科创新城主阵地、“三个一批”重点领域和产业支撑，\
                 高标准、高质量谋划、建设、推进项目。",
                "Treat the project as the \"king\": focus on the science and technology innovation city, \
                 the \"three batches\" priority areas and industrial support, and plan, build and advance \
                 projects to high standards and quality.",
            )
            .co(&["u-qb-ndrc"])
            .leader(QB_SECRETARY)
            .node("第一批项目集中开工", "First batch starts construction", q1, Some(d(2023, 3, 28)))
            .node("第二批项目集中签约", "Second batch signed", d(2023, 7, 31), Some(d(2023, 7, 20)))
            .node("第三批项目投产达效", "Third batch in production", d(2023, 11, 30), None)
            .require(
                "签约一批、开工一批、投产一批，三批项目按节点推进",
                "One batch signed, one batch started, one batch in production, each on its nodes",
            )
            .tags(&[QIBIN, PROJECTS]),
        task(l, "2.3", "a-projects", Key, "u-qibin")
            .title(
                "创新“政府引导+平台运作+龙头带动+基金赋能”招商模式",
                "Innovate the \"government guidance + platform operation + leading drive + fund-based\" recruitment model",
            )
            .about(
                "把招商引资作为产业发展的生命线，精准招商，实现新突破。",
                "Investment promotion is the lifeline of industrial development: attract targeted \
                 investments and achieve new breakthroughs.",
            )
            .co(&["u-qb-ndrc"])
            .leader(QB_MAYOR)
            .span(d(2023, 7, 6), q4)
            .require(
                "年内引进一批产业链重点项目，招商引资实现新突破",
                "A batch of key industrial-chain projects attracted within the year",
            )
            .tags(&[QIBIN, INVESTMENT]),
        task(l, "2.4", "a-projects", Regular, "u-qibin")
            .title("打造“15小时政务服务圈”", "Establish the \"15-hour government service circle\"")
            .about(
                "坚持环境优先，招建落一体推进，打造一流营商环境，服务企业高质量发展。",
                "Put the environment first, handle recruitment, construction and implementation as one, \
                 and provide a first-class business environment.",
            )
            .co(&["u-qb-ndrc"])
            .leader(QB_DEPUTY)
            .span(d(2023, 7, 6), d(2023, 11, 30))
            .require(
                "11月底前建成“15小时政务服务圈”，重点项目审批服务全程代办",
                "The service circle in place by the end of November, with full agency service for key projects",
            )
            .tags(&[QIBIN, BUSINESS_ENV]),
        task(l, "2.5", "a-projects", Key, "u-qb-ndrc")
            .title(
                "坚持“五本账”工作法，抢抓施工黄金期",
                "Follow the \"Five Accounts Work Method\" and seize the construction season",
            )
            .about(
                "增强责任感紧迫感，在确保安全和工程质量的前提下加快施工进度。",
                "With a strengthened sense of responsibility and urgency, expedite construction while \
                 ensuring safety and project quality.",
            )
            .leader(QB_DEPUTY)
            .span(d(2023, 7, 6), d(2023, 11, 30))
            .node("在建项目主体工程完工", "Main works of projects under construction completed", d(2023, 10, 31), None)
            .require(
                "按期完成年度项目目标任务，不发生安全和质量事故",
                "The year's project goals met on time, with no safety or quality accidents",
            )
            .tags(&[QIBIN, PROJECTS]),
        // 3 Real economy and investment attraction (seed 001).
        task(l, "3.1", "a-real-economy", KeyBreakthrough, "u-ty-invest")
            .title("打响招商引资“下半年攻势”", "Launch the \"second-half offensive\" of investment attraction")
            .about(
                "把招商引资摆在突出位置，加快打响“下半年攻势”，提升项目成效。",
                "Prioritize investment attraction, accelerate the \"second-half offensive\" and improve \
                 project effectiveness.",
            )
            .co(&["u-xiaodian"])
            .leader(TY_VICE_MAYOR)
            .span(d(2023, 8, 1), q4)
            .node("制定攻势方案", "Offensive plan drawn up", d(2023, 8, 15), Some(d(2023, 8, 10)))
            .node("集中签约一批项目", "A batch of projects signed", q3, Some(d(2023, 9, 26)))
            .node("签约项目开工率达到50%", "Half of the signed projects started", q4, None)
            .require(
                "下半年新签约项目数和到位资金均超过上半年",
                "More projects signed and more funds in place in the second half than in the first",
            )
            .tags(&[TAIYUAN, INVESTMENT]),
        task(l, "3.2", "a-real-economy", Key, "u-taiyuan")
            .title("助企纾困，稳生产、拓市场", "Support enterprises, stabilize production and expand markets")
            .about(
                "把助企、稳产、拓市摆在突出位置。",
                "Supporting enterprises, stable production and market expansion are given a prominent position.",
            )
            .co(&["u-xiaodian"])
            .leader(TY_MAYOR)
            .require(
                "建立重点企业包联服务机制，规上工业企业稳产满产",
                "Every key enterprise has a liaison; industrial enterprises above designated size run at full capacity",
            )
            .tags(&[TAIYUAN]),
        task(l, "3.3", "a-real-economy", Regular, "u-taiyuan")
            .title(
                "推动企业上云、上市、上规",
                "Encourage enterprises to embrace cloud technologies, listing and being on the market",
            )
            .about(
                "以科技创新为核心，优化空间形态、提升产业业态、保护生态环境。",
                "Scientific and technological innovation at the core; optimize the spatial form, improve \
                 industrial formats and protect the environment.",
            )
            .span(d(2023, 2, 1), q4)
            .require(
                "全年新增上云企业、上市挂牌企业和规上企业数量均高于上年",
                "More enterprises on the cloud, listed and above designated size than last year",
            )
            .tags(&[TAIYUAN]),
        // 4 Expanding consumption (seed 001).
        task(l, "4.1", "a-consumption", Regular, "u-taiyuan")
            .title(
                "落实惠民政策，举办专题活动，促进大宗消费和文旅消费",
                "Policies benefiting the people, special events, bulk and cultural-tourism consumption",
            )
            .about(
                "出台惠民政策，举办专题促消费活动，促进大宗消费、文旅消费和住房消费。",
                "Policies benefiting the people, special events, and promotion of bulk consumption, \
                 cultural and tourism consumption and housing.",
            )
            .co(&["u-xiaodian"])
            .leader(TY_VICE_MAYOR)
            .span(d(2023, 3, 1), q4)
            .node("“五一”假期专题促消费活动", "May Day holiday consumption events", d(2023, 5, 5), Some(d(2023, 5, 3)))
            .node("中秋国庆促消费活动", "Mid-Autumn and National Day consumption events", d(2023, 10, 8), None)
            .require(
                "社会消费品零售总额保持增长，大宗消费和文旅消费持续回升",
                "Retail sales keep growing; bulk and cultural-tourism consumption keep recovering",
            )
            .tags(&[TAIYUAN]),
        // 5 Reform and opening up (seed 001).
        task(l, "5.1", "a-opening", Key, "u-taiyuan")
            .title("深化国有企业改革", "Deepen state-owned enterprise reform")
            .leader(TY_VICE_MAYOR)
            .require(
                "完成国有企业改革深化提升年度任务",
                "This year's tasks of deepening state-owned enterprise reform completed",
            )
            .tags(&[TAIYUAN, REFORM]),
        task(l, "5.2", "a-opening", Regular, "u-taiyuan")
            .title("推进金融改革创新", "Advance financial reform and innovation")
            .leader(TY_VICE_MAYOR)
            .require(
                "年内落地一批金融改革创新举措",
                "A set of financial reform and innovation measures in place within the year",
            )
            .tags(&[TAIYUAN, REFORM]),
        task(l, "5.3", "a-opening", Regular, "u-taiyuan")
            .title("扩大外贸外资", "Expand foreign trade and investment")
            .about(
                "扩大外贸外资，为经济发展创造新空间。",
                "Expand foreign trade and investment opportunities to create new space for economic development.",
            )
            .co(&["u-xiaodian"])
            .leader(TY_VICE_MAYOR)
            .require(
                "进出口总额和实际利用外资保持增长",
                "Total imports and exports and foreign investment actually used keep growing",
            )
            .tags(&[TAIYUAN]),
        // 6 Urban and rural environment, safety and stability (seed 001).
        task(l, "6.1", "a-safety", Key, "u-taiyuan")
            .title("兜牢基层“三保”底线", "Hold the line on the grassroots \"three guarantees\"")
            .leader(TY_VICE_MAYOR)
            .require(
                "保基本民生、保工资、保运转支出足额保障",
                "Basic livelihoods, wages and operations fully funded",
            )
            .tags(&[TAIYUAN, SAFETY]),
        task(l, "6.2", "a-safety", Key, "u-taiyuan")
            .title("抓好安全生产和信访维稳", "Safe production and stability through letters and visits")
            .co(&["u-xiaodian"])
            .leader(TY_MAYOR)
            .require(
                "坚决遏制重特大安全事故，信访事项按期办结",
                "No major accidents; petition matters settled on time",
            )
            .tags(&[TAIYUAN, SAFETY]),
        task(l, "6.3", "a-safety", Regular, "u-taiyuan")
            .title("做好主汛期防汛抗旱工作", "Flood control and drought relief in the main flood season")
            .leader(TY_VICE_MAYOR)
            .span(d(2023, 5, 15), q3)
            .node("完成汛前检查", "Pre-flood-season inspection", d(2023, 6, 1), Some(d(2023, 5, 30)))
            .require(
                "主汛期不发生重大险情和人员伤亡",
                "No major flood danger and no casualties in the main flood season",
            )
            .tags(&[TAIYUAN, SAFETY]),
        // 7 Innovation and development (seed 000).
        task(l, "7.1", "a-innovation", Key, "u-xd-industry")
            .title("推动数字经济发展壮大", "Promote the growth of the digital economy")
            .co(&["u-xd-ndrc"])
            .leader(XD_DEPUTY)
            .node("一季度：数字经济产业园开工", "Q1: digital economy park under construction", q1, Some(d(2023, 3, 18)))
            .node("二季度：引进数字经济企业一批", "Q2: a batch of digital economy firms attracted", q2, Some(d(2023, 6, 30)))
            .node("三季度：产业园一期主体封顶", "Q3: park phase I topped out", q3, Some(d(2023, 9, 22)))
            .require(
                "数字经济核心产业增加值较上年增长，新引进数字经济企业一批",
                "Core digital economy value added above last year's; a batch of new digital economy firms",
            )
            .tags(&[XIAODIAN, ("数字经济", "digital economy")]),
        task(l, "7.2", "a-innovation", Regular, "u-xd-ndrc")
            .title("推动服务业提质增效", "Improve quality and efficiency in the service industry")
            .leader(XD_DEPUTY)
            .require(
                "服务业增加值保持增长，培育一批服务业重点企业",
                "Service industry value added keeps growing; a group of key service firms fostered",
            )
            .tags(&[XIAODIAN]),
        task(l, "7.3", "a-innovation", Regular, "u-xiaodian")
            .title(
                "促进文化、旅游、康养产业融合发展",
                "Facilitate the integrated development of cultural, tourism and healthcare industries",
            )
            .leader(XD_DEPUTY)
            .span(d(2023, 3, 1), q4)
            .require(
                "年内推出一批文旅康养融合项目和精品线路",
                "A set of cultural-tourism-healthcare projects and routes launched within the year",
            )
            .tags(&[XIAODIAN]),
        // 8 Convenience for residents and businesses (seed 000).
        task(l, "8.1", "a-convenience", Key, "u-xd-approval")
            .title("持续优化营商环境", "Optimize the business environment")
            .co(&["u-xd-ndrc"])
            .leader(XD_DEPUTY)
            .node("企业开办“一网通办”", "One-stop online business start-up", q2, Some(d(2023, 6, 15)))
            .require(
                "企业开办和项目审批时限进一步压缩，营商环境评价位次提升",
                "Shorter business start-up and project approval times; a better business environment ranking",
            )
            .tags(&[XIAODIAN, BUSINESS_ENV]),
        task(l, "8.2", "a-convenience", Regular, "u-xiaodian")
            .title("完善综合交通体系", "Improve the comprehensive transportation system")
            .co(&["u-taiyuan"])
            .leader(XD_DEPUTY)
            .span(d(2023, 3, 1), d(2023, 9, 15))
            .node("断头路打通工程完工", "Dead-end road works completed", d(2023, 9, 15), None)
            .require(
                "9月15日前完成区内主次干道断头路打通工程",
                "Dead-end arterial and secondary roads in the district opened by 15 September",
            )
            .tags(&[XIAODIAN]),
        task(l, "8.3", "a-convenience", Key, "u-xiaodian")
            .title("提升生态环境质量", "Enhance the quality of the ecological environment")
            .leader(XD_DEPUTY)
            .require(
                "空气质量优良天数比例和地表水断面水质完成市下达目标",
                "Good-air days and surface water quality meet the targets set by the city",
            )
            .tags(&[XIAODIAN]),
        task(l, "8.4", "a-convenience", Regular, "u-xiaodian")
            .title("推进城乡融合发展", "Promote the integrated development of urban and rural areas")
            .leader(XD_DEPUTY)
            .span(d(2023, 2, 1), q4)
            .require(
                "加快农业现代化，推进乡村e镇建设",
                "Faster agricultural modernization and rural e-commerce towns",
            )
            .tags(&[XIAODIAN]),
        // 9 Leveraging unique advantages (seed 000).
        task(l, "9.1", "a-advantages", KeyBreakthrough, "u-xiaodian")
            .title(
                "加快与综改区融合错位发展",
                "Speed up integrated and differentiated development with the comprehensive reform zone",
            )
            .about(
                "与综改示范区共同谋划产业、共同招商引资，合作共建示范工业园区。",
                "Plan industries and attract investment together with the comprehensive reform \
                 demonstration zone, and co-build a demonstration industrial park.",
            )
            .co(&["u-xd-ndrc", "u-taiyuan"])
            .leader(XD_MAYOR)
            .node("示范工业园区入园项目手续办结", "Approvals of the park's projects completed", q2, None)
            .node("入园企业开工建设", "Park enterprises start construction", q3, None)
            .require(
                "合作共建示范工业园区年内开工，入园企业手续全部办结",
                "The co-built park under construction within the year, with all approvals done",
            )
            .tags(&[XIAODIAN, PROJECTS]),
        task(l, "9.2", "a-advantages", Key, "u-xd-industry")
            .title("高标准建设专业镇", "Construct high-standard professional motor towns")
            .co(&["u-xd-ndrc"])
            .leader(XD_DEPUTY)
            .node("完成专业镇发展规划", "Development plan of the towns completed", q2, Some(d(2023, 6, 26)))
            .require(
                "完成专业镇发展规划编制，引进一批配套企业",
                "The towns' development plan done and a batch of supporting firms attracted",
            )
            .tags(&[XIAODIAN]),
        task(l, "9.3", "a-advantages", KeyBreakthrough, "u-xd-industry")
            .title("实施产业链“链长制”", "Implement the industrial chain \"chain length system\"")
            .co(&["u-xd-ndrc"])
            .leader(XD_SECRETARY)
            .node("明确重点产业链链长和链主企业", "Chain leaders and chain-owner firms named", q1, Some(d(2023, 3, 15)))
            .node("绘制产业链图谱", "Industrial chain maps drawn", q2, Some(d(2023, 6, 26)))
            .node("开展延链补链招商", "Investment to extend and complete the chains", q4, None)
            .require(
                "重点产业链全部落实链长，每条链形成图谱、清单和招商目录",
                "Every key chain has a chain leader, a map, a list and an investment catalogue",
            )
            .tags(&[XIAODIAN, INVESTMENT]),
        task(l, "9.4", "a-advantages", Key, "u-xiaodian")
            .title(
                "培育壮大市场主体，加大招商引资力度",
                "Attract business entities and increase investment promotion",
            )
            .co(&["u-xd-ndrc", "u-ty-invest"])
            .leader(XD_MAYOR)
            .require(
                "市场主体数量保持增长，全年招商引资到位资金完成市下达目标",
                "More business entities; investment funds in place meet the city's target",
            )
            .tags(&[XIAODIAN, INVESTMENT]),
        task(l, "9.5", "a-advantages", Regular, "u-xd-ndrc")
            .title("支持民营经济健康发展", "Support the healthy development of the private economy")
            .leader(XD_DEPUTY)
            .require(
                "落实支持民营经济发展政策，政企沟通机制常态化运行",
                "Policies for the private economy carried out; regular government-business dialogue",
            )
            .tags(&[XIAODIAN, BUSINESS_ENV]),
        // 10 Reform, innovation and open cooperation (seed 000).
        task(l, "10.1", "a-reform", Key, "u-xd-ndrc")
            .title("深入实施创新驱动发展战略", "Implement the innovation-driven strategy")
            .co(&["u-xd-industry"])
            .leader(XD_DEPUTY)
            .require(
                "高新技术企业和科技型中小企业数量较上年增长",
                "More high-tech and technology-based small and medium firms than last year",
            )
            .tags(&[XIAODIAN]),
        task(l, "10.2", "a-reform", Regular, "u-xiaodian")
            .title("创新人才引进方式", "Innovate the ways of introducing talent")
            .leader(XD_DEPUTY)
            .span(d(2023, 4, 1), q4)
            .require(
                "出台人才引进新办法，引进急需紧缺人才一批",
                "New talent introduction rules issued and a batch of much-needed talent attracted",
            )
            .tags(&[XIAODIAN]),
        task(l, "10.3", "a-reform", Regular, "u-xiaodian")
            .title(
                "深化重点领域改革，扩大高水平对外开放",
                "Deepen key area reforms and expand high-level opening up",
            )
            .co(&["u-xd-ndrc"])
            .leader(XD_MAYOR)
            .require(
                "完成区级重点改革任务，深化与京津冀、长三角等地区交流合作",
                "District key reform tasks done; deeper exchange and cooperation with other regions",
            )
            .tags(&[XIAODIAN, REFORM]),
        // 11 Prevention and bottom-line thinking (seed 000).
        task(l, "11.1", "a-bottom-line", Regular, "u-xiaodian")
            .title("维护国家安全和社会稳定", "Sustain national security and maintain social stability")
            .leader(XD_SECRETARY)
            .require(
                "不发生影响国家安全和社会稳定的重大事件",
                "No major incident affecting national security or social stability",
            )
            .tags(&[XIAODIAN, SAFETY]),
        task(l, "11.2", "a-bottom-line", Key, "u-xiaodian")
            .title("防范化解金融风险", "Mitigate financial risks")
            .co(&["u-xd-ndrc"])
            .leader(XD_DEPUTY)
            .require(
                "非法集资等风险隐患排查处置率100%",
                "All illegal fund-raising and other financial risks found are dealt with",
            )
            .tags(&[XIAODIAN, SAFETY]),
        task(l, "11.3", "a-bottom-line", Key, "u-xd-emergency")
            .title("抓好安全生产", "Promote safe production")
            .leader(XD_DEPUTY)
            .node("安全生产大排查大整治", "Major safety inspection and clean-up", q2, Some(d(2023, 6, 29)))
            .require(
                "重点行业领域隐患排查整改闭环，坚决遏制较大以上事故",
                "Hazards in key sectors found and fixed; no serious accidents",
            )
            .tags(&[XIAODIAN, SAFETY]),
        // 12 Party leadership and work style (seed 000).
        task(l, "12.1", "a-party", Key, "u-xiaodian")
            .title(
                "加强组织领导，严督实考，深入开展主题教育",
                "Strengthen organizational leadership, supervise rigorously and carry out theme education",
            )
            .about(
                "提升能力作风，营造比学赶超的浓厚氛围，形成推动转型发展的强大合力。",
                "Enhance abilities and work styles, foster a strong working atmosphere and form a \
                 strong joint force for transformation.",
            )
            .leader(XD_SECRETARY)
            .require(
                "重点任务周调度、月通报，进度滞后事项挂牌督办",
                "Weekly scheduling and monthly circulated reports; lagging items supervised by name",
            )
            .tags(&[XIAODIAN, ASSESSMENT]),
        // 13 Xinzhou (seed 002).
        task(l, "13.1", "a-xinzhou", Key, "u-xinzhou")
            .title("巩固拓展脱贫攻坚成果", "Consolidate and expand the results of poverty alleviation")
            .about(
                "以“两不愁三保障”为基本要求和核心指标，推进脱贫攻坚与乡村振兴有机衔接。",
                "With the \"2 No-Worries and 3 Guarantees\" as basic requirements and core indicators, \
                 link poverty alleviation with rural revitalization.",
            )
            .co(&["u-kelan", "u-pianguan"])
            .leader(XZ_VICE_MAYOR)
            .node("上半年防返贫动态监测全覆盖", "Return-to-poverty monitoring covers everyone by mid-year", q2, Some(d(2023, 6, 25)))
            .require(
                "守住不发生规模性返贫底线，落实“两不愁三保障”",
                "No large-scale return to poverty; the \"2 No-Worries and 3 Guarantees\" kept",
            )
            .measured_by("i-poor-people")
            .tags(&[XINZHOU, POVERTY]),
        task(l, "13.2", "a-xinzhou", Regular, "u-kelan")
            .title("做好整村搬迁后续扶持", "Follow-up support for whole-village relocation")
            .about(
                "“整村搬迁”经验全国闻名，宋家沟是示范。",
                "The whole-village relocation experience is known across the country, with Songjiagou as a model.",
            )
            .co(&["u-songjiagou"])
            .leader(COUNTY_HEAD)
            .require(
                "搬迁群众稳得住、能致富，宋家沟乡村旅游持续带动增收",
                "Relocated families settle and prosper; Songjiagou tourism keeps raising incomes",
            )
            .tags(&[XINZHOU, POVERTY]),
        task(l, "13.3", "a-xinzhou", Regular, "u-dingxiang")
            .title("做优做强法兰产业", "Strengthen the flange industry")
            .about(
                "定襄法兰产业建成6个国家级和2个省级平台、1个院士工作站，法兰出口全国第一。",
                "Dingxiang's flange industry has 6 state-level and 2 provincial platforms and 1 \
                 academician workstation; its flange exports are the first in the country.",
            )
            .leader(COUNTY_HEAD)
            .require(
                "巩固法兰出口全国第一地位，完成智能制造技术改造",
                "Stay first in flange exports; finish the intelligent manufacturing upgrade",
            )
            .tags(&[XINZHOU]),
        task(l, "13.4", "a-xinzhou", Regular, "u-pianguan")
            .title(
                "管好用好村级联村光伏电站",
                "Run the village-level joint photovoltaic power plants well",
            )
            .about(
                "村级联村光伏电站是精准扶贫项目。",
                "The village-level joint photovoltaic power plant is a targeted poverty alleviation project.",
            )
            .leader(COUNTY_HEAD)
            .span(d(2023, 4, 1), q4)
            .require(
                "电站稳定运行，收益按规定分配到村",
                "Plants run steadily and their income reaches the villages as required",
            )
            .tags(&[XINZHOU, POVERTY]),
        task(l, "13.5", "a-xinzhou", Regular, "u-xinzhou")
            .title("全面推进“五城联创”", "Advance the \"five cities in one\" construction")
            .about(
                "创建国家卫生城市、园林城市、智慧城市、文明城市和全域旅游示范市。",
                "A state-level hygiene city, a landscape garden city, an intelligent city, a civilized \
                 city and a universal tourism demonstration city.",
            )
            .leader(XZ_VICE_MAYOR)
            .require(
                "巩固国家卫生县城和乡镇创建成果，年内通过复审",
                "Keep the state-level hygiene counties and towns, passing this year's re-examination",
            )
            .measured_by("i-hygiene-counties")
            .weight(2.0)
            .tags(&[XINZHOU]),
    ];
    b.into_iter().map(|b| b.task).collect()
}
