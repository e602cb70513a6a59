using System.Text;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// nginx's <c>log_format</c> (SEMANTICS "Log formats", <c>nginx:FORMAT</c>): <c>$name</c> or
/// <c>${name}</c> is a variable, everything else literal. The variables that feed a field are
/// below, best first; any other is matched and ignored.
/// </summary>
internal static class NginxFormat
{
    private static readonly Dictionary<FieldKind, string> Required = new()
    {
        [FieldKind.Time] = "$time_local, $time_iso8601 or $msec",
        [FieldKind.Status] = "$status",
        [FieldKind.Request] = "$request, $request_uri or $uri",
    };

    /// <exception cref="LogFormatException">The text cannot be an nginx log_format, or yields no time, status or target.</exception>
    public static TemplateFormat Compile(string given, int start)
    {
        var text = NginxConfigText.Read(given, start);
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        int literalAt = 0;
        for (int i = 0; i < text.Length;)
        {
            if (text[i] != '$')
            {
                literalAt = literal.Length == 0 ? text.PositionOf(i) : literalAt;
                literal.Append(text[i++]);
                continue;
            }

            if (literal.Length > 0)
            {
                parts.Add(TemplatePart.Text(literal.ToString(), literalAt));
                literal.Clear();
            }

            int at = text.PositionOf(i);
            string name = VariableAt(text, ref i);
            parts.Add(TemplatePart.Variable("$" + name, Choice(name), at));
        }

        if (literal.Length > 0)
        {
            parts.Add(TemplatePart.Text(literal.ToString(), literalAt));
        }

        return parts.Count == 0
            ? throw new LogFormatException("nginx format: it is empty: paste the format of a log_format line, e.g. nginx:'$remote_addr [$time_local] \"$request\" $status'")
            : TemplateBuilder.Build("nginx", parts, Required);
    }

    /// <summary>The name of the variable whose '$' is at <paramref name="i"/>; moves past it.</summary>
    private static string VariableAt(FormatText text, ref int i)
    {
        int dollar = i++;
        bool braced = i < text.Length && text[i] == '{';
        int nameStart = braced ? ++i : i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        string name = text.Substring(nameStart, i - nameStart);
        if (braced && (i >= text.Length || text[i] != '}'))
        {
            throw new LogFormatException($"nginx format, position {text.PositionOf(dollar) + 1}: ${{{name} is not closed by '}}'");
        }

        if (name.Length == 0)
        {
            throw new LogFormatException($"nginx format, position {text.PositionOf(dollar) + 1}: '$' is not followed by a variable name (letters, digits, '_')");
        }

        i += braced ? 1 : 0;
        return name;
    }

    private static FieldChoice Choice(string variable) => variable switch
    {
        "remote_addr" => new(FieldKind.Client),
        "time_local" => new(FieldKind.Time, 0, TimeKind.Clf),
        "time_iso8601" => new(FieldKind.Time, 1, TimeKind.Iso),
        "msec" => new(FieldKind.Time, 2, TimeKind.Epoch),
        "request" => new(FieldKind.Request, 0),
        "request_uri" => new(FieldKind.Target, 1),
        "uri" => new(FieldKind.Target, 2),
        "is_args" or "args" or "query_string" => new(FieldKind.Query),
        "status" => new(FieldKind.Status),
        "body_bytes_sent" => new(FieldKind.Bytes, 0),
        "bytes_sent" => new(FieldKind.Bytes, 1),
        "request_time" => new(FieldKind.Duration, 0, Scale: 6),
        "host" => new(FieldKind.Vhost, 0),
        "server_name" => new(FieldKind.Vhost, 1),
        "http_host" => new(FieldKind.Vhost, 2),
        _ => FieldChoice.Ignored,
    };
}
