-- 计分设置: the scoring rules of one fiscal year, saved by the finance bureau. A year without a row is scored
-- with the built-in defaults (ScoringSettings.defaults). One deployment serves one region, so these rows are
-- that region's rules. Shares (超额完成比例, 定性档次下限, 分档执行率) are fractions: 0.2000 = 20%.
create table evaluation_scoring_settings (
    fiscal_year             integer       primary key,
    -- 反向指标: RATIO (比例法) or LINEAR (线性扣分法)
    reverse_variant         varchar(20)   not null,
    over_achievement_share  numeric(7, 4) not null,
    -- default 一级 weights; the execution weight is also the 预算执行率 分值
    execution_weight        numeric(7, 2) not null,
    output_weight           numeric(7, 2) not null,
    benefit_weight          numeric(7, 2) not null,
    satisfaction_weight     numeric(7, 2) not null,
    achieved_band_start     numeric(7, 4) not null,
    partly_band_start       numeric(7, 4) not null,
    -- where the satisfaction weight goes without a satisfaction indicator: BENEFIT or OUTPUT
    freed_weight            varchar(20)   not null,
    updated_by              varchar(50)   not null,
    updated_at              timestamp     not null,
    -- the first save is version 1: version 0 stands for the defaults of a year never saved
    version                 integer       not null default 1,
    constraint evaluation_scoring_settings_reverse check (reverse_variant in ('RATIO', 'LINEAR')),
    constraint evaluation_scoring_settings_freed check (freed_weight in ('BENEFIT', 'OUTPUT')),
    constraint evaluation_scoring_settings_over check (over_achievement_share between 0 and 2),
    constraint evaluation_scoring_settings_bands check (partly_band_start > 0 and partly_band_start < achieved_band_start
        and achieved_band_start <= 1)
);

-- 预算执行率分档: reaching the rate earns the points. A year without tiers scores the rate in proportion.
create table evaluation_execution_tier (
    fiscal_year  integer       not null references evaluation_scoring_settings (fiscal_year),
    rate         numeric(7, 4) not null,
    points       numeric(7, 2) not null,
    primary key (fiscal_year, rate),
    constraint evaluation_execution_tier_rate check (rate between 0 and 1),
    constraint evaluation_execution_tier_points check (points >= 0)
);
