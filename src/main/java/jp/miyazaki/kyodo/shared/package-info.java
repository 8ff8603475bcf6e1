/**
 * What every feature module needs and none owns: the city's time zone ({@link jp.miyazaki.kyodo.shared.CityTime}),
 * the naming of Redis keys ({@link jp.miyazaki.kyodo.shared.RedisKeys}) and LINE's limits on what may be sent
 * ({@link jp.miyazaki.kyodo.shared.LineLimits}). Depends on no other module.
 */
package jp.miyazaki.kyodo.shared;
