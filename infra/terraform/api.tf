# API Gateway HTTP API: one route per row of RouteTable (definitions/routes.json), each to its group's
# function; what no route names goes to the service group, which answers 404 or 405 as LUNA does.
resource "aws_apigatewayv2_api" "http" {
  name          = "${var.resource_prefix}api"
  protocol_type = "HTTP"
  description   = "LUNA PLATFORM 5 API, version 6"
}

resource "aws_apigatewayv2_integration" "group" {
  for_each               = local.groups
  api_id                 = aws_apigatewayv2_api.http.id
  integration_type       = "AWS_PROXY"
  integration_uri        = aws_lambda_alias.group[each.key].invoke_arn
  payload_format_version = "2.0"
  timeout_milliseconds   = 30000
}

resource "aws_apigatewayv2_route" "route" {
  for_each  = { for route in local.routes : route.route_key => route }
  api_id    = aws_apigatewayv2_api.http.id
  route_key = each.key
  target    = "integrations/${aws_apigatewayv2_integration.group[each.value.group].id}"
}

resource "aws_apigatewayv2_route" "unrouted" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "$default"
  target    = "integrations/${aws_apigatewayv2_integration.group["service"].id}"
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/apigateway/${var.resource_prefix}api"
  retention_in_days = var.log_retention_days
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    # no headers: they hold credentials
    format = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", route = "$context.routeKey",
    status = "$context.status", latency = "$context.responseLatency" })
  }

  default_route_settings {
    throttling_burst_limit = 500
    throttling_rate_limit  = 1000
  }
}

resource "aws_lambda_permission" "api" {
  for_each      = local.groups
  statement_id  = "api-gateway"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.group[each.key].function_name
  qualifier     = aws_lambda_alias.group[each.key].name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.http.execution_arn}/*/*"
}
