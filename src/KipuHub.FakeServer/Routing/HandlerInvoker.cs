using System.Reflection;
using KipuHub.Contract;
using KipuHub.FakeServer.Journal;
using KipuHub.FakeServer.Pipeline;

namespace KipuHub.FakeServer.Routing;

/// <summary>
/// Turns a route table's handler into what runs it for an admitted request (HubRouteMapper puts the pipeline in
/// front of it to make the endpoint's RequestDelegate). Minimal APIs would build it with
/// RequestDelegateFactory, which compiles an expression tree per endpoint when routing first runs: for the whole
/// catalog that was most of the fake's start-up (about 300 ms of a 390 ms warm start, benchmarks/results/startup).
/// The handlers' parameters are few and known (HubRouteMapper checks them), so binding them needs no compiler.
/// </summary>
internal static class HandlerInvoker
{
    public static Func<HttpContext, HubRequest, Task> Create(HubEndpoint endpoint, Delegate handler)
    {
        var binders = Array.ConvertAll(handler.Method.GetParameters(), parameter => Binder(endpoint, parameter));
        var invoker = MethodInvoker.Create(handler.Method);
        var target = handler.Target;
        return (context, request) =>
        {
            var result = binders.Length switch
            {
                1 => invoker.Invoke(target, binders[0](context, request)),
                2 => invoker.Invoke(target, binders[0](context, request), binders[1](context, request)),
                3 => invoker.Invoke(target, binders[0](context, request), binders[1](context, request), binders[2](context, request)),
                _ => invoker.Invoke(target, Arguments(binders, context, request)),
            };
            var answer = (IResult)result!;
            if ((answer is INestedHttpResult nested ? nested.Result : answer) is not IHeldResult)
            {
                // A framework result writes the body itself: into the trace's buffer, so the journal can hold it back.
                request.Trace.BufferBody(context);
            }
            return answer.ExecuteAsync(context);
        };
    }

    private static Span<object?> Arguments(Func<HttpContext, HubRequest, object?>[] binders, HttpContext context, HubRequest request)
    {
        var arguments = new object?[binders.Length];
        for (var i = 0; i < binders.Length; i++)
        {
            arguments[i] = binders[i](context, request);
        }
        return arguments;
    }

    /// <summary>How one parameter gets its value; the kinds are those HubRouteMapper allows a handler to take.</summary>
    private static Func<HttpContext, HubRequest, object?> Binder(HubEndpoint endpoint, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var name = parameter.Name!;
        if (type == typeof(HubRequest))
        {
            return static (_, request) => request;
        }
        if (type == typeof(Upload))
        {
            return (_, request) => request.Upload ?? throw Unbound(endpoint, name);
        }
        if (type == typeof(TextBody))
        {
            return (_, request) => request.Body as TextBody ?? throw Unbound(endpoint, name);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(JsonBody<>))
        {
            var of = type.GetMethod(nameof(JsonBody<>.Of), BindingFlags.Static | BindingFlags.NonPublic)!
                .CreateDelegate<Func<HubRequest, object?>>();
            return (_, request) => of(request) ?? throw Unbound(endpoint, name);
        }
        if (type == typeof(string) && endpoint.PathParameters.Contains(name))
        {
            return (context, _) => context.Request.RouteValues[name] as string ?? throw Unbound(endpoint, name);
        }
        if (type == typeof(string))
        {
            // As minimal APIs bind a string: absent is null, a repeated parameter its values joined by commas.
            return (context, _) => (string?)context.Request.Query[name];
        }
        throw new InvalidOperationException($"The handler of {endpoint.Id} takes '{type.Name} {name}', which HandlerInvoker cannot bind.");
    }

    private static InvalidOperationException Unbound(HubEndpoint endpoint, string parameter) =>
        new($"The pipeline let {endpoint.Id} through without its '{parameter}'.");
}
