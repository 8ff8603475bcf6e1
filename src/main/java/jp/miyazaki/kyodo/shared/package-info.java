/**
 * What every feature module needs and none owns: the city's time zone ({@link jp.miyazaki.kyodo.shared.CityTime}),
 * the naming of Redis keys ({@link jp.miyazaki.kyodo.shared.RedisKeys}), the stores' Redis with its JSON records
 * ({@link jp.miyazaki.kyodo.shared.RedisStore}), sample data on start ({@link jp.miyazaki.kyodo.shared.SampleLoader})
 * and LINE's limits on what may be sent ({@link jp.miyazaki.kyodo.shared.LineLimits}). Depends on no other module.
 */
package jp.miyazaki.kyodo.shared;
