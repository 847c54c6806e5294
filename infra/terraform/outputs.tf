output "api_url" {
  description = "Where LUNA clients point: the API's base URL (append /6/...)."
  value       = aws_apigatewayv2_api.http.api_endpoint
}

output "ws_host" {
  description = "The load balancer that serves /6/ws; point the certificate's host name at it."
  value       = aws_lb.ws.dns_name
}

output "tables" {
  description = "The DynamoDB tables, by their name in the code."
  value       = { for name, table in aws_dynamodb_table.table : name => table.name }
}

output "queues" {
  description = "The SQS queues' URLs, by their name in the code."
  value       = { for name, queue in aws_sqs_queue.queue : name => queue.url }
}

output "dead_letter_queues" {
  description = "Where work that kept failing waits; redrive from here once the cause is fixed."
  value       = { for name, queue in aws_sqs_queue.dead_letter : name => queue.url }
}

output "functions" {
  description = "Each group's Lambda function."
  value       = { for name, function in aws_lambda_function.group : name => function.function_name }
}
