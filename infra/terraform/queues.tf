# SQS: every queue as QueueNames.specs() declares it; a queue that holds work has a dead-letter queue.
resource "aws_sqs_queue" "dead_letter" {
  for_each                  = local.dead_letter_queues
  name                      = "${var.resource_prefix}${each.key}"
  message_retention_seconds = each.value.dead_letter_retention_seconds
  kms_master_key_id         = aws_kms_key.platform.arn
}

resource "aws_sqs_queue" "queue" {
  for_each                   = local.queues
  name                       = "${var.resource_prefix}${each.key}"
  visibility_timeout_seconds = each.value.visibility_timeout_seconds
  message_retention_seconds  = each.value.retention_seconds
  kms_master_key_id          = aws_kms_key.platform.arn
  redrive_policy = each.value.dead_letter_queue == null ? null : jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter[each.value.dead_letter_queue].arn
    maxReceiveCount     = each.value.max_receive_count
  })
}
