/**
 * What every feature module needs and none owns: the city's time zone ({@link jp.miyazaki.kyodo.shared.CityTime}),
 * the naming of Redis keys ({@link jp.miyazaki.kyodo.shared.RedisKeys}), LINE's limits on what may be sent
 * ({@link jp.miyazaki.kyodo.shared.LineLimits}), and how a use-case service refuses a change
 * ({@link jp.miyazaki.kyodo.shared.ChangeRefused}, answered by the admin API as a
 * {@link jp.miyazaki.kyodo.shared.RefusalProblem}). Depends on no other module.
 */
package jp.miyazaki.kyodo.shared;
