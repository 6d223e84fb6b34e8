#pragma once
// Student's t distribution through the regularised incomplete beta function (Numerical Recipes' continued
// fraction, relative accuracy ~1e-14). Pure functions, thread-safe.
namespace near2::stats {

// I_x(a, b) for a, b > 0 and 0 <= x <= 1.
double regularizedIncompleteBeta(double a, double b, double x);

// P(|T| >= |t|) for T ~ Student t with `degreesOfFreedom` > 0 (two-sided p-value).
double studentTTwoSidedP(double t, double degreesOfFreedom);

} // namespace near2::stats
