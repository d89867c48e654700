namespace Blog.Lab.Measurement;

/// <summary>
/// Student's t distribution: its CDF through the regularized incomplete beta function, and its quantile by
/// bisection on the CDF (monotone, so bisection cannot miss; 200 halvings are far below double precision).
/// </summary>
public static class StudentT
{
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var x = degreesOfFreedom / (degreesOfFreedom + t * t);
        var tail = 0.5 * RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, x);
        return t >= 0 ? 1 - tail : tail;
    }

    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (p is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(p));
        double lo = -1e6, hi = 1e6;
        for (var i = 0; i < 200 && hi - lo > 1e-12; i++)
        {
            var mid = (lo + hi) / 2;
            if (Cdf(mid, degreesOfFreedom) < p) lo = mid; else hi = mid;
        }
        return (lo + hi) / 2;
    }

    private static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        // The continued fraction converges fast only below the mean; use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) above it.
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - front * BetaContinuedFraction(b, a, 1 - x) / b;
    }

    // Lentz's method for the continued fraction of the incomplete beta function.
    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        if (Math.Abs(d) < tiny) d = tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m <= 300; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d; if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c; if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d; h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d; if (Math.Abs(d) < tiny) d = tiny;
            c = 1 + aa / c; if (Math.Abs(c) < tiny) c = tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15) break;
        }
        return h;
    }

    // Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for positive arguments.
    private static double LogGamma(double z)
    {
        ReadOnlySpan<double> g =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        if (z < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * z))) - LogGamma(1 - z);
        z -= 1;
        var sum = g[0];
        for (var i = 1; i < 9; i++) sum += g[i] / (z + i);
        var t = z + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (z + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
