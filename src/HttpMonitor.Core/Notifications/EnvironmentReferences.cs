using System.Text;

namespace HttpMonitor.Core.Notifications;

/// <summary>
/// <c>${NAME}</c> in a setting stands for the environment variable NAME, so that secrets stay out
/// of config.json; <c>$${</c> is a literal <c>${</c>.
/// </summary>
public static class EnvironmentReferences
{
    /// <summary>The text with every reference replaced, or the problem: a variable that is not set, or a bad reference.</summary>
    public static bool TryExpand(string text, Func<string, string?> environment, out string expanded, out string? problem)
    {
        problem = null;
        expanded = text;
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return true;
        }

        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("$${"))
            {
                result.Append("${");
                i += 3;
            }
            else if (text.AsSpan(i).StartsWith("${"))
            {
                int end = text.IndexOf('}', i + 2);
                string name = end < 0 ? "" : text[(i + 2)..end];
                if (!IsName(name))
                {
                    problem = $"\"{text}\" has a bad reference at position {i + 1}: write ${{NAME}} with a letter or _ then letters, digits or _ (or $${{ for a literal ${{)";
                    return false;
                }

                if (environment(name) is not { } value)
                {
                    problem = $"environment variable {name} is not set";
                    return false;
                }

                result.Append(value);
                i = end + 1;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        expanded = result.ToString();
        return true;
    }

    private static bool IsName(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
