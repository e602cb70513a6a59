using System.Globalization;
using System.Text;
using LogGen;

// Writes a deterministic, realistic access log, Combined by default: the same arguments always give
// the same bytes (System.Random with a seed is stable across runs and platforms). --format writes
// the same requests as nginx, apache, json (nginx escape=json), w3c or alb lines instead.
// --cardinality high draws from many more keys (HighCardinality: over 50,000 distinct clients,
// query strings on most requests, 300 sections); the default, normal, is the log it always wrote.
//   loggen LINES [--seed N] [--rate LINES_PER_S] [--malformed PER_MILLE] [--format NAME] [--cardinality normal|high] > access.log
// Traffic comes in waves (calm, then bursts of 5x) so that the traffic alert triggers and
// recovers; error storms make the errors alert do the same; a few lines arrive up to 4 s late.
const string Usage = "usage: loggen LINES [--seed N] [--rate LINES_PER_S] [--malformed PER_MILLE] [--format combined|nginx|apache|json|w3c|alb] [--cardinality normal|high]";
if (args.Length < 1 || !long.TryParse(args[0], out long lines))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

string cardinality = Text("--cardinality", "normal");
if (cardinality is not ("normal" or HighCardinality.Option))
{
    Console.Error.WriteLine($"loggen: unknown --cardinality {cardinality}: use normal or high");
    return 2;
}

int seed = Arg("--seed", 42);
int rate = Arg("--rate", 200);
int malformedPerMille = Arg("--malformed", 0);
string format = Text("--format", LineFormats.Combined);

using var stdout = Console.OpenStandardOutput();
using var output = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 20) { NewLine = "\n" };
new LogWriter(new Random(seed), rate, malformedPerMille, format, cardinality == HighCardinality.Option).Write(output, lines);
return 0;

int Arg(string name, int fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string Text(string name, string fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
