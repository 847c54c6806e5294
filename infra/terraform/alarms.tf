# Someone is told when work lands in a dead-letter queue or a function keeps failing.
resource "aws_sns_topic" "alarms" {
  name              = "${var.resource_prefix}alarms"
  kms_master_key_id = aws_kms_key.platform.arn
}

resource "aws_sns_topic_subscription" "alarm_email" {
  count     = var.alarm_email == "" ? 0 : 1
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

resource "aws_cloudwatch_metric_alarm" "dead_letters" {
  for_each            = aws_sqs_queue.dead_letter
  alarm_name          = "${each.value.name}-not-empty"
  alarm_description   = "Messages gave up in ${each.value.name}: look at them, then redrive them to their queue."
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = each.value.name }
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}

resource "aws_cloudwatch_metric_alarm" "function_errors" {
  for_each = merge(aws_lambda_function.group, { for name, worker in aws_lambda_function.worker : "${name}-worker" => worker },
  { "schedules-worker" = aws_lambda_function.schedules_worker })
  alarm_name          = "${each.value.function_name}-errors"
  alarm_description   = "${each.value.function_name} crashed or ran out of time at least 5 times in 5 minutes."
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  dimensions          = { FunctionName = each.value.function_name }
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = 5
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
